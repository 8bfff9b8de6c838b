using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Gateway.Tests.Admin;

/// <summary>Alone in its class: it changes the bootstrap admin's secret in the fixture's database.</summary>
public class BootstrapAdminTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_secret_the_admin_rotated_survives_a_restart_with_the_original_configuration()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());
        var rotation = await admin.PostAsync($"/admin/clients/{GatewayFactory.AdminClientId}/secret", null);
        var newSecret = (await rotation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;

        // Same configuration (the original bootstrap secret), new host: as a redeployment would start it.
        await using var restarted = factory.WithWebHostBuilder(_ => { });
        var http = restarted.CreateClient();
        var withConfigured = await http.RequestTokenAsync(GatewayFactory.AdminClientId, factory.AdminSecret);
        var withRotated = await http.RequestTokenAsync(GatewayFactory.AdminClientId, newSecret);

        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        Assert.Equal(Tokens.TokenErrorCodes.InvalidClient, await withConfigured.OAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.OK, withRotated.StatusCode);
    }
}
