using System.Diagnostics;
using System.Net;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>
/// Scenario "events": a center app registers enterprises through the gateway at a steady rate (open loop), and each
/// registration's EnterpriseRegistered event is followed from the enterprises service's outbox (created_at, sent_at)
/// to financing's inbox (processed_at). Prints the registrations, the events' latency and whether any went missing.
/// </summary>
internal sealed class EventsScenario(PlatformSetup setup)
{
    private sealed record Registration(TimeSpan Reply, string? Failure);

    /// <returns>Whether every registration was created and every event arrived within the grace period.</returns>
    public async Task<bool> RunAsync(string adminToken, int perSecond, TimeSpan duration, TimeSpan warmUp, TimeSpan grace)
    {
        var center = await setup.CenterAppAsync(adminToken);
        // Tax ids unique to this run (and to its warm-up), by which its events are found again in the outbox.
        var run = $"EV{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await OpenLoopLoad.RunAsync(perSecond, warmUp, index => RegisterAsync(center, $"{run}W{index:D6}"));
        var (registrations, achievedRate) = await OpenLoopLoad.RunAsync(perSecond, duration, index => RegisterAsync(center, $"{run}M{index:D6}"));

        await using var probe = EventDeliveryProbe.FromEnvironment();
        var events = await probe.AwaitDeliveryAsync($"{run}M", grace);

        var failures = registrations.Where(registration => registration.Failure is not null).ToList();
        var replies = Sorted(registrations.Select(registration => registration.Reply.TotalMilliseconds));
        Console.WriteLine($"\nevents: {perSecond} registrations/s (open loop) through the gateway as a center app for {duration.TotalSeconds:0} s " +
                          $"after a {warmUp.TotalSeconds:0} s warm-up; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"  registrations: {registrations.Count} sent at {achievedRate:0.0}/s, {registrations.Count - failures.Count} created, " +
                          $"{failures.Count} failed; reply p50 {Percentiles.Of(replies, 50):0.0} ms, p99 {Percentiles.Of(replies, 99):0.0} ms");
        foreach (var reason in failures.GroupBy(failure => failure.Failure).OrderByDescending(group => group.Count()).Take(3))
        {
            Console.WriteLine($"    {reason.Count()} × {reason.Key}");
        }

        var arrived = events.Where(timing => timing.ConsumedAt is not null).ToList();
        var latencies = Sorted(arrived.Select(timing => (timing.ConsumedAt!.Value - timing.CreatedAt).TotalMilliseconds));
        var relayed = Sorted(events.Where(timing => timing.SentAt is not null).Select(timing => (timing.SentAt!.Value - timing.CreatedAt).TotalMilliseconds));
        Console.WriteLine($"  EnterpriseRegistered, outbox created_at → financing inbox processed_at: {events.Count} events, {arrived.Count} arrived; " +
                          $"p50 {Percentiles.Of(latencies, 50):0.0} ms, p99 {Percentiles.Of(latencies, 99):0.0} ms, max {Percentiles.Of(latencies, 100):0.0} ms");
        Console.WriteLine($"  the relay's share (sent_at - created_at): p50 {Percentiles.Of(relayed, 50):0.0} ms, " +
                          $"p99 {Percentiles.Of(relayed, 99):0.0} ms, max {Percentiles.Of(relayed, 100):0.0} ms");
        var missing = events.Count - arrived.Count;
        if (missing > 0)
        {
            Console.WriteLine($"  MISSING: {missing} of {events.Count} events not consumed by financing {grace.TotalSeconds:0} s after the last reply " +
                              $"({events.Count - relayed.Count} of them still unsent in the outbox)");
        }
        return failures.Count == 0 && missing == 0;
    }

    private async Task<Registration> RegisterAsync(string centerToken, string taxId)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await setup.SendPostAsync(centerToken, "/api/enterprises", PlatformSetup.EnterpriseRegistration(taxId));
            var failure = response.StatusCode == HttpStatusCode.Created ? null : $"{(int)response.StatusCode} {Shortened(await response.Content.ReadAsStringAsync())}";
            return new Registration(Stopwatch.GetElapsedTime(started), failure);
        }
        catch (Exception exception)
        {
            return new Registration(Stopwatch.GetElapsedTime(started), $"{exception.GetType().Name}: {Shortened(exception.Message)}");
        }
    }

    private static string Shortened(string text) => text.Length > 200 ? text[..200] + "…" : text;

    private static List<double> Sorted(IEnumerable<double> values) => values.Order().ToList();
}
