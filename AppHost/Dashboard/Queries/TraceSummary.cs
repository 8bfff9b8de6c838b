using CpPlatform.Dashboard.Model;

namespace CpPlatform.Dashboard.Queries;

/// <summary>A trace in the list: where it started, what it touched, how long it took and whether anything failed.</summary>
public sealed record TraceSummary(
    string TraceId,
    string RootOperation,
    string RootService,
    DateTimeOffset Start,
    double DurationMs,
    IReadOnlyList<string> Services,
    int SpanCount,
    int ErrorCount)
{
    public static TraceSummary Of(IReadOnlyList<SpanRecord> spans)
    {
        var root = Root(spans);
        var start = spans.Min(span => span.Start);
        var end = spans.Max(span => span.End);
        return new TraceSummary(
            root.TraceId, root.Name, root.Service, start, Math.Round((end - start).TotalMilliseconds, 3),
            spans.OrderBy(span => span.Start).Select(span => span.Service).Distinct().ToList(),
            spans.Count, spans.Count(span => span.IsError));
    }

    /// <summary>The span without a parent, or (while the root has not arrived yet) the earliest one.</summary>
    public static SpanRecord Root(IReadOnlyList<SpanRecord> spans)
    {
        var ids = spans.Select(span => span.SpanId).ToHashSet();
        return spans.Where(span => span.ParentSpanId is null).OrderBy(span => span.Start).FirstOrDefault()
            ?? spans.Where(span => !ids.Contains(span.ParentSpanId!)).OrderBy(span => span.Start).First();
    }
}
