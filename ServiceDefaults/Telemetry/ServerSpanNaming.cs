using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.ServiceDefaults.Telemetry;

public static class ServerSpanNaming
{
    /// <summary>
    /// ASP.NET Core's own server span carries no name or attributes without the instrumentation package:
    /// name it by route template (<c>GET /api/enterprises/{id}</c>) and add the semantic-convention http tags.
    /// </summary>
    public static IApplicationBuilder UseServerSpanNaming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var activity = Activity.Current;
        if (activity is null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        activity.SetTag("http.request.method", request.Method);
        activity.SetTag("url.scheme", request.Scheme);
        activity.SetTag("url.path", request.Path.Value);
        activity.SetTag("server.address", request.Host.Host);
        activity.SetTag("server.port", request.Host.Port);
        activity.SetTag("user_agent.original", request.Headers.UserAgent.ToString());
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            activity.DisplayName = route is null ? request.Method : $"{request.Method} {route}";
            if (route is not null)
            {
                activity.SetTag("http.route", route);
            }
            activity.SetTag("http.response.status_code", context.Response.StatusCode);
            if (context.Response.StatusCode >= 500)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }
    });
}
