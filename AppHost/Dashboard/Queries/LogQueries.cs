using CpPlatform.Dashboard.Model;

namespace CpPlatform.Dashboard.Queries;

/// <summary><see cref="MinimumSeverity"/> keeps that level and the more severe ones.</summary>
public sealed record LogFilter(string? Service, LogSeverity? MinimumSeverity, string? Text, string? TraceId, DateTimeOffset? From, DateTimeOffset? To, int Limit);

public static class LogQueries
{
    /// <summary>Newest first.</summary>
    public static IReadOnlyList<LogEntry> Find(IEnumerable<LogEntry> logs, LogFilter filter) =>
        logs.Reverse()
            .Where(log => filter.Service is null || log.Service.Equals(filter.Service, StringComparison.OrdinalIgnoreCase))
            .Where(log => filter.MinimumSeverity is null || log.Severity >= filter.MinimumSeverity)
            .Where(log => filter.TraceId is null || string.Equals(log.TraceId, filter.TraceId, StringComparison.OrdinalIgnoreCase))
            .Where(log => filter.From is null || log.Time >= filter.From)
            .Where(log => filter.To is null || log.Time <= filter.To)
            .Where(log => filter.Text is null || Mentions(log, filter.Text))
            .Take(filter.Limit)
            .ToList();

    private static bool Mentions(LogEntry log, string text) =>
        log.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
        || log.Category.Contains(text, StringComparison.OrdinalIgnoreCase)
        || log.Attributes.Values.Any(value => value.Contains(text, StringComparison.OrdinalIgnoreCase));
}
