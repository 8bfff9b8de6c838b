using System.Net;

namespace CpPlatform.Gateway.Tests.Identity;

public class RevocationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_revoked_clients_unexpired_token_is_refused_at_the_gateway_at_once()
    {
        var center = await factory.RegisterCenterAsync();
        var token = await factory.TokenAsync(center.ClientId, center.Secret);
        var http = factory.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/enterprises")).StatusCode);

        var revoke = await factory.CreateClient(await factory.AdminTokenAsync()).PostAsync($"/admin/clients/{center.ClientId}/revoke", null);
        var afterwards = await http.GetAsync("/api/enterprises");

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }
}
