using System.Net;
using System.Text;
using System.Text.Json;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>Input PostgreSQL would refuse, or arithmetic would overflow on, is a 400 naming the field, not a 500.</summary>
public class HostileInputTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task A_NUL_in_a_JSON_string_is_a_400_naming_the_field()
    {
        var centerId = await factory.CreateCenterAsync();
        var json = JsonSerializer.Serialize(ApiClient.NewEnterprise(), ApiClient.Json).Replace("\"legalName\":\"", "\"legalName\":\"Q\\u0000", StringComparison.Ordinal);

        var response = await factory.AsCenter(centerId).PostAsync("/api/enterprises", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Must not contain control characters."], problem.Errors("legalName"));
    }

    [Theory]
    [InlineData("/api/enterprises?q=a%00b", "q")]
    [InlineData("/api/enterprises?page=2147483647", "page")]
    [InlineData("/api/enterprises?pageSize=1000", "pageSize")]
    public async Task A_hostile_query_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var response = await factory.AsNational().GetAsync(url);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem.ErrorFields());
    }
}
