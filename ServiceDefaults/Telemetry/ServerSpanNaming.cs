using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
        if (IsProbe(context.Request.Path))
        {
            LeaveOut(context, activity);
            await next(context);
            return;
        }
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

    /// <summary>
    /// Health probes (the AppHost and its dashboard ask every few seconds) would bury the real requests: their span,
    /// with everything under it, is not recorded, and they are left out of the request metrics.
    /// </summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/alive", StringComparison.OrdinalIgnoreCase);

    private static void LeaveOut(HttpContext context, Activity? activity)
    {
        if (activity is not null)
        {
            activity.IsAllDataRequested = false;
            activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
        if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.MetricsDisabled = true;
        }
    }
}
