using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace CpPlatform.Gateway.Tests.Admin;

/// <summary>Alone in its class: it changes the bootstrap admin's secret in the fixture's database.</summary>
public class BootstrapAdminTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_restart_with_another_configured_secret_replaces_the_stored_one()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().RequestTokenAsync(GatewayFactory.AdminClientId, factory.AdminSecret)).StatusCode);
        const string newSecret = "a-new-bootstrap-secret-from-the-apphost";

        await using var restarted = factory.WithWebHostBuilder(builder => builder.UseSetting("Gateway:BootstrapAdmin:ClientSecret", newSecret));
        var http = restarted.CreateClient();
        var withOld = await http.RequestTokenAsync(GatewayFactory.AdminClientId, factory.AdminSecret);
        var withNew = await http.RequestTokenAsync(GatewayFactory.AdminClientId, newSecret);

        Assert.Equal(Tokens.TokenErrorCodes.InvalidClient, await withOld.OAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }
}
