using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Gateway.SigningKeys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CpPlatform.Gateway.Tests.Identity;

/// <summary>Retired keys leave after two seconds here, so their removal can be watched.</summary>
public sealed class ShortRetirementGatewayFactory : GatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gateway:SigningKeys:RetiredKeyLifetime", "00:00:02");
    }
}

public class KeyRotationTests(ShortRetirementGatewayFactory factory) : IClassFixture<ShortRetirementGatewayFactory>
{
    [Fact]
    public async Task After_a_rotation_new_tokens_use_the_published_next_key_which_a_running_service_accepts_at_once_with_the_old_one_until_it_retires()
    {
        var gatewayAddress = factory.CreateClient().BaseAddress!;
        await using var service = await TokenCheckingService.StartAsync(gatewayAddress);
        var center = await factory.RegisterCenterAsync();
        var before = await factory.TokenAsync(center.ClientId, center.Secret);
        Assert.Equal(HttpStatusCode.OK, (await service.CallAsync(before)).StatusCode);
        var publishedBefore = (await factory.DiscoverAsync()).SigningKeys.Select(key => key.KeyId).ToList();

        var rotation = await factory.CreateClient(await factory.AdminTokenAsync()).PostAsync("/admin/signing-keys/rotate", null);
        var answer = await rotation.Content.ReadFromJsonAsync<JsonElement>();
        var newKeyId = answer.GetProperty("keyId").GetString()!;
        var nextKeyId = answer.GetProperty("nextKeyId").GetString()!;
        var after = await factory.TokenAsync(center.ClientId, center.Secret);

        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        Assert.Equal(newKeyId, new JsonWebToken(after).Kid);
        Assert.NotEqual(new JsonWebToken(before).Kid, newKeyId);
        // The key that signs now was published before the rotation, so the running service (which read the JWKS then)
        // accepts its first token without refetching anything: no 401 after a rotation.
        Assert.Equal([new JsonWebToken(before).Kid, newKeyId], publishedBefore);
        Assert.Equal(HttpStatusCode.OK, (await service.CallAsync(after)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.CallAsync(before)).StatusCode);
        Assert.Equal([newKeyId, nextKeyId, new JsonWebToken(before).Kid], (await factory.DiscoverAsync()).SigningKeys.Select(key => key.KeyId));

        // Past the retired key's lifetime the gateway drops it on its next reading of the keys.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().LoadAsync(CancellationToken.None);
        }
        var published = (await factory.DiscoverAsync()).SigningKeys;
        await using var freshService = await TokenCheckingService.StartAsync(gatewayAddress);

        Assert.Equal([newKeyId, nextKeyId], published.Select(key => key.KeyId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient(before).GetAsync("/api/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await freshService.CallAsync(before)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await freshService.CallAsync(after)).StatusCode);
    }

    [Fact]
    public async Task Discovery_and_the_jwks_are_published_through_the_gateway_without_a_token()
    {
        var http = factory.CreateClient();

        var discovery = await http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwks = await http.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        Assert.Equal(TestTokens.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.EndsWith("/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
        Assert.All(jwks.GetProperty("keys").EnumerateArray(), key =>
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.False(key.TryGetProperty("d", out _), "a private part is published");
        });
    }
}
