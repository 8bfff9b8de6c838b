namespace CpPlatform.Dashboard.Model;

/// <summary>
/// What one instrument measured for one set of attributes over one export interval. Cumulative exports are turned
/// into these deltas on arrival, so every sample stands on its own: <see cref="Value"/> is the increase of a counter
/// (or a gauge's reading), and a histogram's <see cref="Count"/>, <see cref="Sum"/> and bucket counts are the
/// measurements of that interval only.
/// </summary>
public sealed record MetricSample(
    DateTimeOffset Time,
    string Service,
    string Name,
    string Unit,
    MetricKind Kind,
    IReadOnlyDictionary<string, string> Attributes,
    double Value,
    long Count,
    double Sum,
    IReadOnlyList<double>? Bounds,
    IReadOnlyList<long>? BucketCounts);

public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
}
