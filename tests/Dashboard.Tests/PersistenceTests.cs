using CpPlatform.Dashboard.Persistence;
using CpPlatform.Dashboard.Storage;

namespace CpPlatform.Dashboard.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"cp-dashboard-{Guid.NewGuid():N}");

    [Fact]
    public async Task What_one_run_kept_the_next_run_starts_with()
    {
        var limits = new TelemetryLimits(MaxSpans: 100, MaxLogs: 100, MaxMetricSamples: 100);
        await using (var first = new TelemetryStores(limits, _directory))
        {
            first.Spans.Add([Samples.Span("aa", 1), Samples.Span("aa", 2, parent: $"{1:x16}")]);
            first.Logs.Add([Samples.Log(1)]);
            first.Metrics.Add([Samples.Histogram(1)]);
        }

        await using var second = new TelemetryStores(limits, _directory);
        await second.RestoreAsync(CancellationToken.None);

        Assert.Equivalent(new[] { Samples.Span("aa", 1), Samples.Span("aa", 2, parent: $"{1:x16}") }, second.Spans.Trace("aa"), strict: true);
        Assert.Equivalent(Samples.Log(1), Assert.Single(second.Logs.Snapshot()), strict: true);
        Assert.Equivalent(Samples.Histogram(1), Assert.Single(second.Metrics.Snapshot()), strict: true);
    }

    [Fact]
    public async Task The_journal_is_rewritten_from_memory_once_it_holds_twice_the_cap_and_restores_the_newest()
    {
        var path = Path.Combine(_directory, "logs.jsonl");
        await using (var logs = new TelemetryStore<Model.LogEntry>(10, new TelemetryJournal<Model.LogEntry>(path)))
        {
            for (var n = 0; n < 100; n++)
            {
                logs.Add([Samples.Log(n)]);
                await Task.Delay(1); // Separate appends, as exports arrive, so compaction has its chance.
            }
        }

        Assert.InRange(File.ReadLines(path).Count(), 10, 21);
        await using var restored = new TelemetryStore<Model.LogEntry>(10, new TelemetryJournal<Model.LogEntry>(path));
        await restored.RestoreAsync(CancellationToken.None);
        Assert.Equal(Enumerable.Range(90, 10).Select(n => $"log {n}"), restored.Snapshot().Select(log => log.Message));
    }

    [Fact]
    public async Task A_line_cut_short_by_a_crash_is_skipped()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "logs.jsonl");
        await using (var logs = new TelemetryStore<Model.LogEntry>(10, new TelemetryJournal<Model.LogEntry>(path)))
        {
            logs.Add([Samples.Log(1), Samples.Log(2)]);
        }
        await File.AppendAllTextAsync(path, "{\"time\":\"2026-11-22T10:00:03+00:00\",\"serv");

        await using var restored = new TelemetryStore<Model.LogEntry>(10, new TelemetryJournal<Model.LogEntry>(path));
        await restored.RestoreAsync(CancellationToken.None);

        Assert.Equal(["log 1", "log 2"], restored.Snapshot().Select(log => log.Message));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
