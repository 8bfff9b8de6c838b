using CpPlatform.Gateway.Data;
using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Gateway.Tokens;

public static class TokenEndpoint
{
    public const string Path = "/connect/token";
    private const string ClientCredentialsGrant = "client_credentials";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueToken)
            .WithTags("Tokens")
            .WithName("IssueToken")
            .WithSummary("OAuth2 client credentials (RFC 6749 section 4.4): exchange a client id and secret for a short-lived access token.")
            .AddOpenApiOperationTransformer(TokenRequestDescription.Describe)
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<TokenError>>> IssueToken(
        HttpContext context, GatewayDbContext db, TokenIssuer issuer, ILogger<TokenIssuer> logger, CancellationToken cancellationToken)
    {
        // Neither tokens nor errors about credentials may be kept by caches (RFC 6749 section 5.1).
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";

        if (!context.Request.HasFormContentType)
        {
            return Error(TokenError.InvalidRequest, "The body must be application/x-www-form-urlencoded.");
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // ASP.NET Core's form reader refuses NUL and over-long forms.
            return Error(TokenError.InvalidRequest, "The form could not be read: parameters must be short and must not contain control characters.");
        }
        if (form.FirstOrDefault(field => field.Value.Count > 1) is { Key: { } repeated })
        {
            return Error(TokenError.InvalidRequest, $"The parameter {repeated} is given more than once.");
        }
        if (form.Any(field => ControlCharacters.Contains(field.Key) || field.Value.Any(value => value is not null && ControlCharacters.Contains(value))))
        {
            return Error(TokenError.InvalidRequest, "Parameters must not contain control characters.");
        }
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return Error(TokenError.InvalidRequest, "grant_type is required.");
        }
        if (grantType != ClientCredentialsGrant)
        {
            return Error(TokenError.UnsupportedGrantType, $"Only the {ClientCredentialsGrant} grant is supported.");
        }

        var reading = ClientCredentials.Read(context.Request.Headers.Authorization, form);
        if (reading.Credentials is not { } credentials)
        {
            return reading.Error == TokenError.InvalidClient
                ? InvalidClient(context, reading.Description!)
                : Error(reading.Error!, reading.Description!);
        }

        if (ControlCharacters.Contains(credentials.ClientId))
        {
            return InvalidClient(context, "The client is unknown, revoked, or its secret is wrong.");
        }
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == credentials.ClientId, cancellationToken);
        var authenticated = client is null
            ? ClientSecret.VerifyDecoy(credentials.Secret)
            : ClientSecret.Verify(credentials.Secret, client.SecretHash) && !client.IsRevoked;
        if (!authenticated)
        {
            logger.LogWarning("Token refused to client {ClientId}: {Reason}", credentials.ClientId,
                client is null ? "unknown client" : client.IsRevoked ? "revoked" : "wrong secret");
            return InvalidClient(context, "The client is unknown, revoked, or its secret is wrong.");
        }

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var notAllowed = requested.Where(scope => !client!.Scopes.Contains(scope, StringComparer.Ordinal)).ToList();
        if (notAllowed.Count > 0)
        {
            return Error(TokenError.InvalidScope, $"Not granted to this client: {string.Join(' ', notAllowed)}.");
        }
        var scopes = requested.Length == 0 ? client!.Scopes : ClientScopes.Normalize(requested);
        return TypedResults.Ok(issuer.Issue(client!, scopes));
    }

    private static JsonHttpResult<TokenError> Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Json(new TokenError(error, description), statusCode: status);

    /// <summary>A 401 always names the scheme to retry with (RFC 9110); RFC 6749 requires it when Basic was tried.</summary>
    private static JsonHttpResult<TokenError> InvalidClient(HttpContext context, string description)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"cp-platform\"";
        return Error(TokenError.InvalidClient, description, StatusCodes.Status401Unauthorized);
    }
}
