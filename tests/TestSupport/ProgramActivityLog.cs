using CpPlatform.Contracts.Monitoring;

namespace CpPlatform.TestSupport;

/// <summary>
/// The program activities a service really published to RabbitMQ, read as the monitoring service keeps them: a newer
/// message about the same (activity, key) replaces an older one.
/// </summary>
public sealed class ProgramActivityLog : IAsyncDisposable
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private readonly TestDatabase _database;
    private readonly EventCollector<ProgramActivitiesRecorded> _collector;

    private ProgramActivityLog(TestDatabase database, EventCollector<ProgramActivitiesRecorded> collector) => (_database, _collector) = (database, collector);

    /// <summary>Collects what the factory's service publishes from now on, on a queue of its own (a new one unless named).</summary>
    public static async Task<ProgramActivityLog> StartAsync<TProgram>(ServiceFactory<TProgram> factory, string? queueName = null) where TProgram : class =>
        new(factory.Database, await EventCollector<ProgramActivitiesRecorded>.StartAsync(
            factory.VirtualHost.ConnectionString, queueName ?? $"test-program-activities-{Guid.NewGuid():N}"));

    /// <summary>The messages that have arrived so far, in arrival order; some the service committed may still be on their way.</summary>
    public IReadOnlyList<ProgramActivitiesRecorded> Arrived => [.. _collector.Received.Select(context => context.Message)];

    /// <summary>Waits for a message carrying the activity about <paramref name="key"/> in the state <paramref name="match"/> describes; returns it with its center.</summary>
    public async Task<(string CenterId, ProgramActivity Activity)> WaitForAsync(string activity, object key, Func<ProgramActivity, bool>? match = null)
    {
        bool Wanted(ProgramActivity candidate) => candidate.Activity == activity && candidate.Key == key.ToString() && (match?.Invoke(candidate) ?? true);
        var message = (await _collector.WaitForAsync(recorded => recorded.Activities.Any(Wanted), Delivery)).Message;
        return (message.CenterId, message.Activities.Single(Wanted));
    }

    /// <summary>Every activity sent for <paramref name="centerId"/> (all centers when null), in the order sent, once everything the service has committed so far has arrived.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset OccurredAt, string CenterId, ProgramActivity Activity)>> SentAsync(string? centerId = null)
    {
        await WaitUntilEverythingArrivedAsync();
        return [.. SentSoFar().Where(sent => centerId is null || sent.CenterId == centerId)];
    }

    /// <summary>The latest state of every activity of <paramref name="centerId"/> (all centers when null), once everything the service has committed so far has arrived.</summary>
    public async Task<IReadOnlyList<(string CenterId, ProgramActivity Activity)>> LatestAsync(string? centerId = null)
    {
        await WaitUntilEverythingArrivedAsync();
        return LatestSoFar(centerId);
    }

    /// <summary>
    /// The latest state of every activity among the messages that have arrived so far, without waiting for the rest, ordered
    /// by activity and key: the latest message about each (activity, key) wins, the later arrival when two are as recent.
    /// </summary>
    public IReadOnlyList<(string CenterId, ProgramActivity Activity)> LatestSoFar(string? centerId = null) => [.. SentSoFar()
        .GroupBy(sent => (sent.Activity.Activity, sent.Activity.Key))
        .Select(group => group.Last())
        .Where(latest => centerId is null || latest.CenterId == centerId)
        .OrderBy(latest => latest.Activity.Activity, StringComparer.Ordinal).ThenBy(latest => latest.Activity.Key, StringComparer.Ordinal)
        .Select(latest => (latest.CenterId, latest.Activity))];

    public ValueTask DisposeAsync() => _collector.DisposeAsync();

    /// <summary>The activities arrived so far, in the order sent: by the message's time, then by arrival.</summary>
    private IEnumerable<(DateTimeOffset OccurredAt, string CenterId, ProgramActivity Activity)> SentSoFar() => Arrived
        .OrderBy(message => message.OccurredAt)
        .SelectMany(message => message.Activities.Select(activity => (message.OccurredAt, message.CenterId, activity)));

    /// <summary>The outbox rows are marked sent only once the broker confirmed them, so draining the queue after that gets them all.</summary>
    private async Task WaitUntilEverythingArrivedAsync()
    {
        await _database.WaitUntilOutboxRelayedAsync();
        await _collector.WaitUntilDrainedAsync();
    }
}
