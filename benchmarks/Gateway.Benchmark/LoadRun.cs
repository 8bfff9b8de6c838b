using System.Diagnostics;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>Closed-loop load: <c>connections</c> callers each send the next request as soon as the last one answered.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, HttpClient client, Uri url, int connections, TimeSpan duration)
    {
        var stop = Stopwatch.StartNew();
        var latencies = new List<double>[connections];
        var failures = new int[connections];
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(100_000);
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    failures[worker]++;
                }
            }
        }));
        var elapsed = stop.Elapsed;
        var all = latencies.SelectMany(list => list).Order().ToArray();
        return new LoadResult(name, all.Length, failures.Sum(), elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}

internal sealed record LoadResult(string Name, int Requests, int Failures, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
