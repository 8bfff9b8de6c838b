using CpPlatform.Dashboard.Queries;
using CpPlatform.Dashboard.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.Dashboard.Api;

/// <summary>
/// Telemetry to keep or hand over, as JSON files: one trace with its logs, or everything of a time range.
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder endpoints, TelemetryStores stores)
    {
        var export = endpoints.MapGroup("/api/export");

        export.MapGet("/traces/{traceId}", Results<JsonHttpResult<object>, NotFound> (string traceId, HttpContext context) =>
        {
            var spans = stores.Spans.Trace(traceId);
            if (spans.Count == 0)
            {
                return TypedResults.NotFound();
            }
            Attachment(context, $"trace-{traceId}.json");
            var logs = stores.Logs.Snapshot().Where(log => string.Equals(log.TraceId, traceId, StringComparison.OrdinalIgnoreCase));
            return TypedResults.Json<object>(new
            {
                exportedAt = DateTimeOffset.UtcNow,
                trace = TraceSummary.Of(spans),
                spans = spans.OrderBy(span => span.Start),
                logs,
            });
        });

        export.MapGet("/", Results<JsonHttpResult<object>, ProblemHttpResult> (DateTimeOffset? from, DateTimeOffset? to, HttpContext context) =>
        {
            var until = to ?? DateTimeOffset.UtcNow;
            var since = from ?? until.AddHours(-1);
            if (since > until)
            {
                return TelemetryApi.Invalid("from", "before to");
            }
            Attachment(context, $"telemetry-{since:yyyyMMddTHHmmss}-{until:yyyyMMddTHHmmss}.json");
            return TypedResults.Json<object>(new
            {
                exportedAt = DateTimeOffset.UtcNow,
                from = since,
                to = until,
                spans = stores.Spans.Snapshot().Where(span => span.Start >= since && span.Start <= until),
                logs = stores.Logs.Snapshot().Where(log => log.Time >= since && log.Time <= until),
                metrics = stores.Metrics.Snapshot().Where(sample => sample.Time >= since && sample.Time <= until),
            });
        });
        return endpoints;
    }

    private static void Attachment(HttpContext context, string fileName) =>
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
}
