using System.Diagnostics;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>Closed-loop load: <c>connections</c> callers each send the next request as soon as the last one answered.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, HttpClient client, Func<HttpRequestMessage> request, int connections, TimeSpan duration)
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
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    failures[worker]++;
                }
            }
        }));
        return new LoadResult(name, latencies.SelectMany(list => list).ToList(), failures.Sum(), stop.Elapsed);
    }

}

internal sealed record LoadResult(string Name, List<double> LatenciesMs, int Failures, TimeSpan Elapsed)
{
    public int Requests => LatenciesMs.Count;
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
    public double P50Ms => Percentile(0.50);
    public double P99Ms => Percentile(0.99);

    /// <summary>Rounds of one target taken at different moments, as one result.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> rounds) => new(
        rounds[0].Name,
        rounds.SelectMany(round => round.LatenciesMs).ToList(),
        rounds.Sum(round => round.Failures),
        TimeSpan.FromTicks(rounds.Sum(round => round.Elapsed.Ticks)));

    private double Percentile(double quantile)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }
}
