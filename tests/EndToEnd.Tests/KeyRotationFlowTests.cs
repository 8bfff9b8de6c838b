using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CpPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public class KeyRotationFlowTests(PlatformFixture platform)
{
    /// <summary>One read per service that national staff may make, so every service checks the token itself.</summary>
    private static readonly string[] EveryService =
        ["/api/enterprises", "/api/assessments/portfolio", "/api/training/indicators", "/api/events/indicators", "/api/financing/facilities"];

    [Fact]
    public async Task After_an_admin_rotates_the_signing_key_every_running_service_takes_the_new_keys_first_token_and_the_old_ones()
    {
        var national = await platform.ClientTokenAsync(new { name = "National program (rotation)", kind = "national" });
        foreach (var path in EveryService)
        {
            await PlatformSteps.Json(await platform.SendAsync(HttpMethod.Get, path, national), HttpStatusCode.OK);
        }

        var rotated = await PlatformSteps.Json(
            await platform.SendAsync(HttpMethod.Post, "/admin/signing-keys/rotate", await platform.AdminTokenAsync()), HttpStatusCode.OK);
        var afterRotation = await platform.ClientTokenAsync(new { name = "National program (after rotation)", kind = "national" });

        Assert.Equal(rotated.GetProperty("keyId").GetString(), new JsonWebToken(afterRotation).Kid);
        Assert.NotEqual(new JsonWebToken(national).Kid, new JsonWebToken(afterRotation).Kid);
        foreach (var path in EveryService)
        {
            // The first call with the new key's token: no service was restarted, none answers 401 while it refetches keys.
            await PlatformSteps.Json(await platform.SendAsync(HttpMethod.Get, path, afterRotation), HttpStatusCode.OK);
            await PlatformSteps.Json(await platform.SendAsync(HttpMethod.Get, path, national), HttpStatusCode.OK);
        }
        var jwks = await platform.Http.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        Assert.Equal(3, jwks.GetProperty("keys").GetArrayLength());
    }
}
