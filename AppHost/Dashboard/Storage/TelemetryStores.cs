using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Persistence;

namespace CpPlatform.Dashboard.Storage;

/// <summary>The dashboard's spans, structured logs and metric samples, each bounded by its own cap.</summary>
public sealed class TelemetryStores : IAsyncDisposable
{
    public TelemetryStores(TelemetryLimits limits, string? directory)
    {
        Spans = new SpanStore(limits.MaxSpans, Journal<SpanRecord>(directory, "spans"));
        Logs = new TelemetryStore<LogEntry>(limits.MaxLogs, Journal<LogEntry>(directory, "logs"));
        Metrics = new TelemetryStore<MetricSample>(limits.MaxMetricSamples, Journal<MetricSample>(directory, "metrics"));
    }

    public SpanStore Spans { get; }
    public TelemetryStore<LogEntry> Logs { get; }
    public TelemetryStore<MetricSample> Metrics { get; }

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        await Spans.RestoreAsync(cancellationToken);
        await Logs.RestoreAsync(cancellationToken);
        await Metrics.RestoreAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Spans.DisposeAsync();
        await Logs.DisposeAsync();
        await Metrics.DisposeAsync();
    }

    private static TelemetryJournal<T>? Journal<T>(string? directory, string name) =>
        directory is null ? null : new TelemetryJournal<T>(Path.Combine(directory, $"{name}.jsonl"));
}

/// <summary>How much of each kind is kept; the oldest goes first once a cap is reached.</summary>
public sealed record TelemetryLimits(int MaxSpans = 50_000, int MaxLogs = 50_000, int MaxMetricSamples = 200_000);
