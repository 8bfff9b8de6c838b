using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Queries;
using CpPlatform.Dashboard.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.Dashboard.Api;

/// <summary><c>/api/logs</c>, <c>/api/traces</c>, <c>/api/traces/{traceId}</c> and <c>/api/metrics</c>.</summary>
public static class TelemetryApi
{
    private const int MaxLimit = 5_000;

    public static IEndpointRouteBuilder MapTelemetryApi(this IEndpointRouteBuilder endpoints, TelemetryStores stores)
    {
        var api = endpoints.MapGroup("/api");

        api.MapGet("/logs", Results<Ok<IReadOnlyList<LogEntry>>, ProblemHttpResult> (
            string? service, string? level, string? text, string? traceId, DateTimeOffset? from, DateTimeOffset? to, int? limit) =>
        {
            LogSeverity? minimum = null;
            if (level is not null)
            {
                if (!Enum.TryParse<LogSeverity>(level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return Invalid("level", $"one of {string.Join(", ", Enum.GetNames<LogSeverity>()).ToLowerInvariant()}");
                }
                minimum = parsed;
            }
            var filter = new LogFilter(Blank(service), minimum, Blank(text), Blank(traceId), from, to, Limit(limit, 200));
            return TypedResults.Ok(LogQueries.Find(stores.Logs.Snapshot(), filter));
        });

        api.MapGet("/traces", (string? service, string? text, bool? errors, DateTimeOffset? from, DateTimeOffset? to, int? limit) =>
            TypedResults.Ok(TraceQueries.List(stores.Spans,
                new TraceFilter(Blank(service), Blank(text), errors == true, from, to, Limit(limit, 100)))));

        api.MapGet("/traces/{traceId}", Results<Ok<TraceDetail>, NotFound> (string traceId) =>
            TraceQueries.Detail(stores.Spans, traceId) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound());

        api.MapGet("/metrics", Results<Ok<MetricsAnswer>, ProblemHttpResult> (string? service, int? minutes, int? stepSeconds) =>
        {
            if (minutes is < 1 or > 24 * 60)
            {
                return Invalid("minutes", "between 1 and 1440");
            }
            if (stepSeconds is < 1 or > 3600)
            {
                return Invalid("stepSeconds", "between 1 and 3600");
            }
            var range = TimeSpan.FromMinutes(minutes ?? 15);
            var step = TimeSpan.FromSeconds(stepSeconds ?? Math.Max(5, (int)range.TotalSeconds / 90));
            var to = DateTimeOffset.UtcNow;
            // Steps end on a multiple of the step, so a chart refreshed later shows the same buckets.
            var end = new DateTimeOffset((to.UtcTicks / step.Ticks + 1) * step.Ticks, TimeSpan.Zero);
            var window = new MetricsWindow(end - range, end, step, Blank(service));
            return TypedResults.Ok(new MetricsAnswer(window.From, window.To, step.TotalSeconds,
                MetricQueries.Query(stores.Metrics.Snapshot(), window)));
        });

        api.MapGet("/telemetry", () => TypedResults.Ok(new
        {
            spans = new { count = stores.Spans.Count, cap = stores.Spans.Capacity },
            logs = new { count = stores.Logs.Count, cap = stores.Logs.Capacity },
            metricSamples = new { count = stores.Metrics.Count, cap = stores.Metrics.Capacity },
        }));
        return endpoints;
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static int Limit(int? limit, int fallback) => Math.Clamp(limit ?? fallback, 1, MaxLimit);

    internal static ProblemHttpResult Invalid(string field, string rule) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "One or more validation errors occurred.",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [$"must be {rule}"] } });
}

public sealed record MetricsAnswer(DateTimeOffset From, DateTimeOffset To, double StepSeconds, IReadOnlyList<ServiceMetrics> Services);
