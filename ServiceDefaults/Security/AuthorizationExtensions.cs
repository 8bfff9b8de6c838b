using Microsoft.AspNetCore.Authorization;

namespace CpPlatform.ServiceDefaults.Security;

public static class AuthorizationExtensions
{
    /// <summary>The token's space-separated <c>scope</c> claim must contain <paramref name="scope"/>.</summary>
    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, string scope) =>
        policy.RequireAssertion(context => context.User.FindAll(PlatformClaims.Scope)
            .Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal)));

    /// <summary>The client must be one of <paramref name="kinds"/>; a center client must also name its center.</summary>
    public static AuthorizationPolicyBuilder RequireKind(this AuthorizationPolicyBuilder policy, params ClientKind[] kinds)
    {
        policy.RequireClaim(PlatformClaims.Kind, kinds.Select(PlatformClaims.KindValue));
        if (kinds.Contains(ClientKind.Center))
        {
            policy.RequireAssertion(context =>
                PlatformClaims.ParseKind(context.User.FindFirst(PlatformClaims.Kind)?.Value) != ClientKind.Center
                || !string.IsNullOrEmpty(context.User.FindFirst(PlatformClaims.Center)?.Value));
        }
        return policy;
    }
}
