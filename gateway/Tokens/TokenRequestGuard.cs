using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Gateway.Tokens;

/// <summary>
/// Answers token requests OpenIddict would otherwise fail on with a 500: a form ASP.NET Core refuses to read (NUL,
/// over-long) and a client id with control characters, which PostgreSQL cannot even compare.
/// </summary>
public static class TokenRequestGuard
{
    public static bool IsTokenRequest(HttpRequest request) => HttpMethods.IsPost(request.Method) && request.Path == TokenEndpoint.Path;

    public static IApplicationBuilder UseTokenRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsTokenRequest(context.Request))
        {
            await next(context);
            return;
        }
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "invalid_request",
                    "The form could not be read: parameters must be short and must not contain control characters.");
                return;
            }
        }
        if (TokenRequestClientId.Read(context.Request) is { } clientId && ControlCharacters.Contains(clientId))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"cp-platform\"";
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "invalid_client", "The client is unknown, revoked, or its secret is wrong.");
            return;
        }
        await next(context);
    });

    private static Task RefuseAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new TokenError(error, description));
    }
}
