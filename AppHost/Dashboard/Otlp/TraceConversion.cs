using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Otlp.Proto.Collector.Trace;
using CpPlatform.Dashboard.Otlp.Proto.Trace;
using static CpPlatform.Dashboard.Otlp.OtlpValues;

namespace CpPlatform.Dashboard.Otlp;

internal static class TraceConversion
{
    public static List<SpanRecord> ToSpans(ExportTraceServiceRequest request)
    {
        var spans = new List<SpanRecord>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var service = ServiceName(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = scopeSpans.Scope?.Name ?? "";
                foreach (var span in scopeSpans.Spans)
                {
                    if (Hex(span.TraceId) is not { } traceId || Hex(span.SpanId) is not { } spanId)
                    {
                        continue;
                    }
                    var start = Time(span.StartTimeUnixNano);
                    var durationMs = span.EndTimeUnixNano > span.StartTimeUnixNano
                        ? (span.EndTimeUnixNano - span.StartTimeUnixNano) / 1_000_000.0
                        : 0;
                    spans.Add(new SpanRecord(
                        traceId, spanId, Hex(span.ParentSpanId), span.Name, Kind(span.Kind), service, scope, start, durationMs,
                        span.Status?.Code == Status.Types.StatusCode.Error,
                        string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
                        Attributes(span.Attributes),
                        span.Events.Select(e => new SpanEvent(Time(e.TimeUnixNano), e.Name, Attributes(e.Attributes))).ToList()));
                }
            }
        }
        return spans;
    }

    private static string Kind(Span.Types.SpanKind kind) => kind switch
    {
        Span.Types.SpanKind.Server => "server",
        Span.Types.SpanKind.Client => "client",
        Span.Types.SpanKind.Producer => "producer",
        Span.Types.SpanKind.Consumer => "consumer",
        _ => "internal",
    };
}
