using System.Security.Claims;
using CpPlatform.Gateway.Domain;
using CpPlatform.Gateway.Identity;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CpPlatform.Gateway.Tokens;

public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    /// <summary>
    /// OpenIddict reads the request, authenticates the client and checks the grant and that the scopes exist before
    /// this handler runs; the handler refuses revoked clients and scopes beyond the client's (as <c>invalid_scope</c>,
    /// where OpenIddict's own permission check would answer <c>invalid_request</c>) and says what the token carries.
    /// </summary>
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueToken)
            .WithTags("Tokens")
            .WithName("IssueToken")
            .WithSummary("OAuth2 client credentials (RFC 6749 section 4.4): exchange a client id and secret for a short-lived access token.")
            .AddOpenApiOperationTransformer(TokenRequestDescription.Describe)
            .Produces<TokenResponse>()
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        return app;
    }

    private static async Task<IResult> IssueToken(
        HttpContext context, ClientStore clients, IOptions<AuthOptions> auth, ILogger<PlatformClient> logger, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token endpoint is only reached through OpenIddict.");
        if (await clients.FindAsync(request.ClientId!, cancellationToken) is not { IsRevoked: false } client)
        {
            logger.LogWarning("Token refused to client {ClientId}: revoked", request.ClientId);
            return Refuse(Errors.InvalidClient, "The client is unknown, revoked, or its secret is wrong.");
        }

        var requested = request.GetScopes();
        if (requested.Except(client.Scopes, StringComparer.Ordinal).ToList() is { Count: > 0 } notGranted)
        {
            return Refuse(Errors.InvalidScope, $"Not granted to this client: {string.Join(' ', notGranted)}.");
        }
        var scopes = requested.IsEmpty ? client.Scopes : ClientScopes.Normalize(requested);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, PlatformClaims.ClientId, null);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(PlatformClaims.Kind, PlatformClaims.KindValue(client.Kind))
            .SetClaim(PlatformClaims.Center, client.Kind == ClientKind.Center ? client.CenterId : null)
            .SetClaim(PlatformClaims.Bank, client.Kind == ClientKind.Bank ? client.BankId : null)
            .SetClaim(PlatformClaims.Donor, client.Kind == ClientKind.Donor ? client.DonorId : null)
            .SetScopes(scopes)
            .SetAudiences(auth.Value.Audience)
            .SetDestinations(_ => [Destinations.AccessToken]);
        // RFC 6749 lets a server leave out scope when it is the one requested; clients of this platform always get it.
        var properties = new AuthenticationProperties();
        properties.Parameters[Parameters.Scope] = string.Join(' ', scopes);
        return TypedResults.SignIn(new ClaimsPrincipal(identity), properties, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static ForbidHttpResult Refuse(string error, string description) => TypedResults.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
