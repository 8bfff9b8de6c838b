using System.Collections.Concurrent;

namespace CpPlatform.Dashboard.Otlp;

/// <summary>
/// Remembers each cumulative series' last total. A series first seen counts from its start when it started after
/// the dashboard did (a service started by this AppHost); an older one only sets the baseline, so a dashboard restart
/// never shows a service's whole history as one spike. A new start time means the process restarted: count from zero.
/// Levels (gauges, up-down counters) are remembered too, so only their changes are kept.
/// </summary>
internal sealed class CumulativeToDelta(DateTimeOffset since)
{
    private readonly ConcurrentDictionary<string, (ulong Start, double Value)> _counters = new();
    private readonly ConcurrentDictionary<string, (ulong Start, HistogramTotals Totals)> _histograms = new();
    private readonly ConcurrentDictionary<string, double> _levels = new();
    private readonly ulong _sinceUnixNano = (ulong)(since - DateTimeOffset.UnixEpoch).Ticks * 100;

    public double? Counter(string series, ulong start, double total)
    {
        double? increase = null;
        _counters.AddOrUpdate(series,
            _ =>
            {
                increase = start >= _sinceUnixNano ? total : null;
                return (start, total);
            },
            (_, previous) =>
            {
                increase = previous.Start == start && total >= previous.Value ? total - previous.Value : total;
                return (start, total);
            });
        return increase;
    }

    /// <summary>Whether a level (gauge, up-down counter) differs from the last one seen for the series.</summary>
    public bool LevelChanged(string series, double value)
    {
        var changed = true;
        _levels.AddOrUpdate(series, value, (_, previous) =>
        {
            changed = previous != value;
            return value;
        });
        return changed;
    }

    public HistogramTotals? Histogram(string series, ulong start, HistogramTotals totals)
    {
        HistogramTotals? interval = null;
        _histograms.AddOrUpdate(series,
            _ =>
            {
                interval = start >= _sinceUnixNano ? totals : null;
                return (start, totals);
            },
            (_, previous) =>
            {
                interval = previous.Start == start && totals.Count >= previous.Totals.Count && totals.Buckets.Length == previous.Totals.Buckets.Length
                    ? totals.Minus(previous.Totals)
                    : totals;
                return (start, totals);
            });
        return interval;
    }
}

internal sealed record HistogramTotals(long Count, double Sum, long[] Buckets)
{
    public HistogramTotals Minus(HistogramTotals earlier) =>
        new(Count - earlier.Count, Sum - earlier.Sum, Buckets.Select((count, i) => count - earlier.Buckets[i]).ToArray());
}
