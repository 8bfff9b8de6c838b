using CpPlatform.Dashboard.Model;

namespace CpPlatform.Dashboard.Tests;

/// <summary>Telemetry items made directly, for the stores and the journal.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static SpanRecord Span(string traceId, int n, string? parent = null) => new(
        traceId, $"{n:x16}", parent, $"span {n}", "internal", "orders", "tests", Start.AddMilliseconds(n), 1.5, false, null,
        new Dictionary<string, string> { ["n"] = n.ToString() }, []);

    public static LogEntry Log(int n) => new(Start.AddSeconds(n), "orders", LogSeverity.Information, "Orders", $"log {n}", null, null,
        new Dictionary<string, string>());

    public static MetricSample Histogram(int n) => new(Start.AddSeconds(n), "orders", "http.server.request.duration", "s", MetricKind.Histogram,
        new Dictionary<string, string> { ["http.route"] = "/api/orders" }, 0, 2, 0.03, [0.01, 0.025, 0.05], [0, 1, 1, 0]);
}
