using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.RateLimiting;

internal static class RateLimitKeys
{
    /// <summary>A client is counted by its token's client id wherever it calls from; anonymous callers by their address.</summary>
    public static string For(HttpContext context) =>
        context.User is { Identity.IsAuthenticated: true } user && user.FindFirst(PlatformClaims.ClientId)?.Value is { Length: > 0 } clientId
            ? $"client:{clientId}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
}
