using CpPlatform.Gateway.Proxy;
using CpPlatform.Gateway.Tokens;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.RateLimiting;

internal static class RateLimitKeys
{
    /// <summary>
    /// Every request is charged to its caller's window: a client by its token's client id wherever it calls from,
    /// an anonymous caller by its address. An anonymous write to a public route (an expert question, a public
    /// registration) is also charged to a much smaller window of its address, since anyone can send one.
    /// </summary>
    public static IEnumerable<RateLimitRule> RulesFor(HttpContext context, RateLimitOptions settings)
    {
        var clientId = context.User is { Identity.IsAuthenticated: true } user ? user.FindFirst(PlatformClaims.ClientId)?.Value : null;
        if (!string.IsNullOrEmpty(clientId))
        {
            yield return new RateLimitRule($"client:{clientId}", settings.PermitLimit);
            yield break;
        }

        var address = Address(context);
        yield return new RateLimitRule($"ip:{address}", settings.PermitLimit);
        if (IsPublicWrite(context.Request))
        {
            yield return new RateLimitRule($"public-write:ip:{address}", settings.AnonymousPublicWritePermitLimit);
        }
    }

    /// <summary>A token request is charged to its address and to the client id it names, whether the secret is right or not.</summary>
    public static IEnumerable<RateLimitRule> TokenRulesFor(HttpContext context, RateLimitOptions settings)
    {
        yield return new RateLimitRule($"token:ip:{Address(context)}", settings.TokenPermitLimitPerAddress);
        if (TokenRequestClientId.Read(context.Request) is { } clientId)
        {
            yield return new RateLimitRule($"token:client:{clientId}", settings.TokenPermitLimitPerClient);
        }
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsPublicWrite(HttpRequest request) =>
        request.Path.StartsWithSegments(ServiceRoute.PublicPrefix)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
}
