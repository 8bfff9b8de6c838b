namespace CpPlatform.Dashboard.Queries;

/// <summary>Explicit-bucket histograms added together and read as percentiles.</summary>
public sealed class HistogramAccumulator
{
    private double[]? _bounds;
    private long[]? _counts;

    public long Count { get; private set; }
    public double Sum { get; private set; }

    public void Add(IReadOnlyList<double> bounds, IReadOnlyList<long> counts, double sum)
    {
        if (counts.Count != bounds.Count + 1)
        {
            return;
        }
        if (_bounds is null)
        {
            _bounds = [.. bounds];
            _counts = new long[counts.Count];
        }
        else if (!_bounds.SequenceEqual(bounds))
        {
            return; // Another bucket layout cannot be added bucket by bucket; instruments keep one layout.
        }
        for (var i = 0; i < counts.Count; i++)
        {
            _counts![i] += counts[i];
        }
        Count += counts.Sum();
        Sum += sum;
    }

    /// <summary>
    /// The value below which <paramref name="quantile"/> of the measurements fall, interpolated linearly inside its
    /// bucket (as Prometheus' histogram_quantile does); the open last bucket answers its lower bound.
    /// </summary>
    public double? Percentile(double quantile)
    {
        if (_bounds is null || _counts is null || Count == 0)
        {
            return null;
        }
        var rank = quantile * Count;
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] == 0 || seen + _counts[i] < rank)
            {
                seen += _counts[i];
                continue;
            }
            if (i == _bounds.Length)
            {
                return _bounds.Length == 0 ? Sum / Count : _bounds[^1];
            }
            var lower = i == 0 ? Math.Min(0, _bounds[0]) : _bounds[i - 1];
            var upper = _bounds[i];
            return lower + (upper - lower) * ((rank - seen) / _counts[i]);
        }
        return _bounds.Length == 0 ? Sum / Count : _bounds[^1];
    }
}
