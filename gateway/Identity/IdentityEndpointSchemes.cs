using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.Identity;

/// <summary>
/// Hands only the identity endpoints' requests (<c>/connect/…</c>, <c>/.well-known/…</c>) to OpenIddict's server.
/// ASP.NET Core's authentication middleware otherwise offers every request to every request-handling scheme first, and
/// OpenIddict then runs its whole request pipeline to find that a proxied API call is not its own: 7 % of the
/// gateway's CPU on the banks' eligibility path (perf, 2026-12-06). Tokens on API calls are still validated as before.
/// </summary>
internal sealed class IdentityEndpointSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor http)
    : AuthenticationSchemeProvider(options)
{
    public override Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync() =>
        http.HttpContext?.Request.Path is { } path && IsIdentityEndpoint(path)
            ? base.GetRequestHandlerSchemesAsync()
            : Task.FromResult(Enumerable.Empty<AuthenticationScheme>());

    public static bool IsIdentityEndpoint(PathString path) =>
        path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);
}
