using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CpPlatform.Gateway.Tests.Identity;

/// <summary>Alone in its class: it starts a second gateway host on the fixture's database.</summary>
public class SigningKeyRestartTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_restarted_gateway_publishes_the_same_keys_and_signs_with_the_same_key()
    {
        var before = new JsonWebToken(await factory.AdminTokenAsync()).Kid;
        var publishedBefore = await PublishedKeyIdsAsync(factory.CreateClient());

        // Same database and configuration, new host: as a redeployment would start it.
        await using var restarted = factory.WithWebHostBuilder(_ => { });
        var http = restarted.CreateClient();
        var token = await (await http.RequestTokenAsync(GatewayFactory.AdminClientId, factory.AdminSecret)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(before, new JsonWebToken(token.GetProperty("access_token").GetString()).Kid);
        Assert.Equal(publishedBefore, await PublishedKeyIdsAsync(http));
        Assert.Equal(2, publishedBefore.Count);
    }

    private static async Task<List<string>> PublishedKeyIdsAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/.well-known/jwks")).GetProperty("keys").EnumerateArray()
            .Select(key => key.GetProperty("kid").GetString()!).ToList();
}
