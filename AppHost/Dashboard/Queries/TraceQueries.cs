using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Storage;

namespace CpPlatform.Dashboard.Queries;

public sealed record TraceFilter(string? Service, string? Text, bool ErrorsOnly, DateTimeOffset? From, DateTimeOffset? To, int Limit);

/// <summary>One trace's spans in waterfall order (parents before children, siblings by start) with their depth.</summary>
public sealed record TraceDetail(TraceSummary Summary, IReadOnlyList<WaterfallSpan> Spans);

public sealed record WaterfallSpan(SpanRecord Span, int Depth, double OffsetMs);

public static class TraceQueries
{
    public static IReadOnlyList<TraceSummary> List(SpanStore spans, TraceFilter filter) =>
        spans.Traces()
            .Where(trace => trace.Count > 0)
            .Select(trace => (Spans: trace, Summary: TraceSummary.Of(trace)))
            .Where(trace => filter.Service is null || trace.Summary.Services.Contains(filter.Service, StringComparer.OrdinalIgnoreCase))
            .Where(trace => filter.Text is null || trace.Spans.Any(span => span.Name.Contains(filter.Text, StringComparison.OrdinalIgnoreCase)))
            .Where(trace => !filter.ErrorsOnly || trace.Summary.ErrorCount > 0)
            .Where(trace => filter.From is null || trace.Summary.Start >= filter.From)
            .Where(trace => filter.To is null || trace.Summary.Start <= filter.To)
            .Select(trace => trace.Summary)
            .OrderByDescending(summary => summary.Start)
            .Take(filter.Limit)
            .ToList();

    public static TraceDetail? Detail(SpanStore store, string traceId)
    {
        var spans = store.Trace(traceId);
        if (spans.Count == 0)
        {
            return null;
        }
        var summary = TraceSummary.Of(spans);
        var children = spans.Where(span => span.ParentSpanId is not null).ToLookup(span => span.ParentSpanId!);
        var ids = spans.Select(span => span.SpanId).ToHashSet();
        var ordered = new List<WaterfallSpan>(spans.Count);

        void Visit(SpanRecord span, int depth)
        {
            ordered.Add(new WaterfallSpan(span, depth, Math.Round((span.Start - summary.Start).TotalMilliseconds, 3)));
            foreach (var child in children[span.SpanId].OrderBy(child => child.Start))
            {
                Visit(child, depth + 1);
            }
        }

        // Spans whose parent is missing (not exported, or dropped by the cap) start a branch of their own.
        foreach (var top in spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId)).OrderBy(span => span.Start))
        {
            Visit(top, 0);
        }
        return new TraceDetail(summary, ordered);
    }
}
