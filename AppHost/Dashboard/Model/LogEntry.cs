namespace CpPlatform.Dashboard.Model;

/// <summary>One structured log record of a service, linked to its trace when it was written inside one.</summary>
public sealed record LogEntry(
    DateTimeOffset Time,
    string Service,
    LogSeverity Severity,
    string Category,
    string Message,
    string? TraceId,
    string? SpanId,
    IReadOnlyDictionary<string, string> Attributes);
