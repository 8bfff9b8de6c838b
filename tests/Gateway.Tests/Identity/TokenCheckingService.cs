using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace CpPlatform.Gateway.Tests.Identity;

/// <summary>
/// A service as deployed ones check tokens: ServiceDefaults' JwtBearer, given only the gateway's metadata address.
/// One endpoint answers 200 to a valid token.
/// </summary>
public sealed class TokenCheckingService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TokenCheckingService(WebApplication app) => _app = app;

    public static async Task<TokenCheckingService> StartAsync(Uri gateway)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{AuthOptions.Section}:MetadataAddress"] = new Uri(gateway, "/.well-known/openid-configuration").ToString(),
            [$"{AuthOptions.Section}:Issuer"] = TestTokens.Issuer,
            [$"{AuthOptions.Section}:Audience"] = TestTokens.Audience,
        });
        builder.AddPlatformAuthentication();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/protected", () => "ok");
        await app.StartAsync();
        return new TokenCheckingService(app);
    }

    public async Task<HttpResponseMessage> CallAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/protected");
        request.Headers.Authorization = new("Bearer", token);
        return await _app.GetTestClient().SendAsync(request);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
