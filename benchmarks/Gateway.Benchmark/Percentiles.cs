namespace CpPlatform.Gateway.Benchmark;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile (0 &lt; <paramref name="percent"/> ≤ 100) of sorted values; NaN when there are none.</summary>
    public static double Of(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
