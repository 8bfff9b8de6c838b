using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CpPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// <c>/health</c> and <c>/alive</c>, asked every few seconds by the AppHost and orchestrators. They are left out of
/// traces (see <see cref="TelemetryExtensions.ConfigureOpenTelemetry{TBuilder}"/>) and of the request metrics.
/// </summary>
public static class HealthProbes
{
    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/alive", StringComparison.OrdinalIgnoreCase);

    /// <summary>ASP.NET Core measures every request in <c>http.server.request.duration</c>; probes are not counted.</summary>
    public static IApplicationBuilder UseProbesOutOfRequestMetrics(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (IsProbe(context.Request.Path) && context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.MetricsDisabled = true;
        }
        return next(context);
    });
}
