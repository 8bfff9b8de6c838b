using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.TestSupport;

namespace CpPlatform.ServiceDefaults.Tests.Edge;

/// <summary><c>/health</c> is anonymous: it says how the service is, not what its dependencies are or where they live.</summary>
public sealed class HealthDisclosureTests : IAsyncLifetime
{
    private readonly EdgeHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Anonymous_callers_get_only_the_status_word_and_the_status_code()
    {
        var anonymous = _host.CreateClient();
        var healthy = await anonymous.GetAsync("/health");
        var healthyBody = await healthy.Content.ReadAsStringAsync();
        _host.DependencyDown = true;
        var unhealthy = await anonymous.GetAsync("/health");
        var unhealthyBody = await unhealthy.Content.ReadAsStringAsync();

        Assert.True(healthy.StatusCode == HttpStatusCode.OK, healthyBody);
        Assert.Equal("""{"status":"Healthy"}""", healthyBody);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("""{"status":"Unhealthy"}""", unhealthyBody);
    }

    [Fact]
    public async Task Operators_with_a_token_still_see_which_check_failed()
    {
        _host.DependencyDown = true;

        var response = await _host.CreateClient(TestTokens.Admin()).GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var dependency = body.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == "dependency");
        Assert.Equal("Unhealthy", dependency.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Other_clients_get_only_the_status_word()
    {
        _host.DependencyDown = true;

        var response = await _host.CreateClient(TestTokens.Center("mx-chihuahua")).GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"Unhealthy"}""", await response.Content.ReadAsStringAsync());
    }
}
