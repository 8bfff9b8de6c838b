namespace CpPlatform.Dashboard.Model;

/// <summary>One finished span as the dashboard keeps it: ids in hex, times in UTC, attributes as text.</summary>
public sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    string Service,
    string Scope,
    DateTimeOffset Start,
    double DurationMs,
    bool IsError,
    string? StatusMessage,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<SpanEvent> Events)
{
    public DateTimeOffset End => Start.AddMilliseconds(DurationMs);
}

public sealed record SpanEvent(DateTimeOffset Time, string Name, IReadOnlyDictionary<string, string> Attributes);
