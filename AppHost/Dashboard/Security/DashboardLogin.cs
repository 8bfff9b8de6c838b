using System.Security.Cryptography;
using System.Text;
using CpPlatform.Dashboard.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.Dashboard.Security;

/// <summary>
/// Token login as in Aspire's dashboard: <c>/login?t=TOKEN</c> (the link the AppHost prints) or the login form sets
/// a cookie; pages and the API need it (scripts may send <c>Authorization: Bearer TOKEN</c> instead). The OTLP
/// endpoints have their own key and the login page and its stylesheet are open.
/// </summary>
internal static class DashboardLogin
{
    public const string CookieName = "cp-dashboard";
    private static readonly string[] OpenPaths = ["/login", "/login.html", "/app.css", "/v1/"];

    public static void UseDashboardLogin(this WebApplication app, DashboardOptions options)
    {
        var session = SessionValue(options.Token);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (OpenPaths.Any(open => path.StartsWith(open, StringComparison.OrdinalIgnoreCase)) || IsSignedIn(context.Request, options.Token, session))
            {
                await next(context);
                return;
            }
            if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Log in to the dashboard first",
                    detail: "Open the login link the AppHost printed, or send Authorization: Bearer <token>.").ExecuteAsync(context);
                return;
            }
            context.Response.Redirect("/login");
        });
    }

    public static void MapDashboardLogin(this IEndpointRouteBuilder endpoints, DashboardOptions options)
    {
        var session = SessionValue(options.Token);
        endpoints.MapGet("/login", (HttpContext context, string? t) =>
        {
            if (t is null)
            {
                return StaticPages.Page("login.html");
            }
            return SignIn(context, t, options.Token, session);
        });
        endpoints.MapPost("/login", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            return SignIn(context, form["token"].ToString(), options.Token, session);
        }).DisableAntiforgery();
        endpoints.MapPost("/logout", (HttpContext context) =>
        {
            context.Response.Cookies.Delete(CookieName);
            return Results.Redirect("/login");
        });
    }

    private static IResult SignIn(HttpContext context, string given, string token, string session)
    {
        if (!SameText(given, token))
        {
            return Results.Redirect("/login#failed");
        }
        context.Response.Cookies.Append(CookieName, session, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/",
        });
        return Results.Redirect("/");
    }

    private static bool IsSignedIn(HttpRequest request, string token, string session) =>
        (request.Cookies.TryGetValue(CookieName, out var cookie) && SameText(cookie, session))
        || (request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && SameText(authorization["Bearer ".Length..].Trim(), token));

    /// <summary>The cookie holds a value derived from the token, never the token itself.</summary>
    private static string SessionValue(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "cp-dashboard-session"u8));

    private static bool SameText(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
