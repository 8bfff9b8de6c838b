using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public class ThroughTheGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task Center_apps_register_and_read_their_enterprises_and_never_see_another_centers()
    {
        var national = await platform.ClientTokenAsync(new { name = "National program", kind = "national" });
        foreach (var centerId in new[] { "mx-chihuahua", "pe-lima" })
        {
            var created = await platform.SendAsync(HttpMethod.Post, "/api/centers", national,
                new { id = centerId, name = $"CP center {centerId}", country = centerId[..2].ToUpperInvariant() });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var chihuahua = await platform.ClientTokenAsync(new { name = "Chihuahua app", kind = "center", centerId = "mx-chihuahua" });
        var lima = await platform.ClientTokenAsync(new { name = "Lima app", kind = "center", centerId = "pe-lima" });

        var registered = await platform.SendAsync(HttpMethod.Post, "/api/enterprises", chihuahua, new
        {
            legalName = "Curtidos del Norte", taxId = "CDN-850101-AB1", country = "MX", state = "Chihuahua", municipality = "Juárez",
            sector = "leather-tanning", employees = 30, annualSalesUsd = 1_200_000, consents = new { publishResults = true, shareWithBanks = true },
        });
        var enterprise = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = enterprise.GetProperty("id").GetString();

        var readBack = await platform.SendAsync(HttpMethod.Get, $"/api/enterprises/{id}", chihuahua);
        var fromLima = await platform.SendAsync(HttpMethod.Get, $"/api/enterprises/{id}", lima);
        var limaList = await (await platform.SendAsync(HttpMethod.Get, "/api/enterprises", lima)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, readBack.StatusCode);
        Assert.Equal("small", (await readBack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sizeClass").GetString());
        Assert.Equal(HttpStatusCode.NotFound, fromLima.StatusCode);
        Assert.Equal(0, limaList.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_bank_is_forbidden_the_register_and_a_call_without_a_token_is_refused_at_the_edge()
    {
        var bank = await platform.ClientTokenAsync(new { name = "Banco Uno", kind = "bank", bankId = "banco-uno" });

        var asBank = await platform.SendAsync(HttpMethod.Get, "/api/enterprises", bank);
        var anonymous = await platform.SendAsync(HttpMethod.Get, "/api/enterprises", token: null);

        Assert.Equal(HttpStatusCode.Forbidden, asBank.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_secret_gets_invalid_client()
    {
        var response = await platform.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "platform-admin", ["client_secret"] = "not-the-secret",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Each_services_openapi_document_is_reachable_through_the_gateway()
    {
        var document = await platform.Http.GetFromJsonAsync<JsonElement>("/openapi/enterprises.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/enterprises", out _));
    }
}
