using CpPlatform.Contracts.Monitoring;

namespace CpPlatform.Events.Tests.Messaging;

/// <summary>
/// What the service really published of its program activities, read as the monitoring service reads them: per center,
/// the latest message about each (activity, key) replaces the earlier ones.
/// </summary>
internal sealed class RecordedActivities : IAsyncDisposable
{
    private readonly EventsFactory _factory;
    private readonly EventCollector<ProgramActivitiesRecorded> _collector;

    private RecordedActivities(EventsFactory factory, EventCollector<ProgramActivitiesRecorded> collector) => (_factory, _collector) = (factory, collector);

    public static async Task<RecordedActivities> StartAsync(EventsFactory factory, string queueName) =>
        new(factory, await EventCollector<ProgramActivitiesRecorded>.StartAsync(factory.VirtualHost.ConnectionString, queueName));

    /// <summary>Every activity sent for <paramref name="centerId"/> (all centers when null), in the order sent, once the outbox has been relayed.</summary>
    public async Task<List<(DateTimeOffset SentAt, ProgramActivity Activity)>> SentAsync(string? centerId)
    {
        await _factory.Database.WaitUntilOutboxRelayedAsync();
        await _collector.WaitUntilDrainedAsync();
        return _collector.Received.Select(context => context.Message)
            .Where(message => centerId is null || message.CenterId == centerId)
            .OrderBy(message => message.OccurredAt)
            .SelectMany(message => message.Activities.Select(activity => (message.OccurredAt, activity)))
            .ToList();
    }

    /// <summary>The current state of every activity of <paramref name="centerId"/>: the latest message about each wins.</summary>
    public async Task<List<ProgramActivity>> CurrentAsync(string? centerId) =>
        (await SentAsync(centerId)).GroupBy(sent => (sent.Activity.Activity, sent.Activity.Key)).Select(group => group.Last().Activity).ToList();

    public ValueTask DisposeAsync() => _collector.DisposeAsync();
}
