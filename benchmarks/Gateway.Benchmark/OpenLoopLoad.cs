using System.Diagnostics;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>
/// Calls at a steady rate paced by the clock, not by the replies (open loop): a slow reply never delays the next call,
/// so the system sees the load it is meant to see. A sender that falls behind its schedule catches up at once.
/// </summary>
internal static class OpenLoopLoad
{
    /// <returns>Every call's result, and the calls per second actually started.</returns>
    public static async Task<(IReadOnlyList<T> Results, double AchievedRate)> RunAsync<T>(int perSecond, TimeSpan duration, Func<int, Task<T>> call)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var calls = new Task<T>[count];
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < count; index++)
        {
            var wait = TimeSpan.FromSeconds((double)index / perSecond) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            var number = index;
            // On the thread pool: the call's synchronous start (serializing, connecting) must not delay the schedule.
            calls[index] = Task.Run(() => call(number));
        }
        // The last call opens the last interval of the schedule.
        var achievedRate = count / (clock.Elapsed.TotalSeconds + 1.0 / perSecond);
        return (await Task.WhenAll(calls), achievedRate);
    }
}
