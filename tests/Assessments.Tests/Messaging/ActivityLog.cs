using CpPlatform.Contracts.Monitoring;

namespace CpPlatform.Assessments.Tests.Messaging;

/// <summary>
/// Every program activity the service published, read the way the monitoring service keeps them: a newer message about
/// the same activity and key replaces an older one.
/// </summary>
internal sealed class ActivityLog : IAsyncDisposable
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private readonly AssessmentsFactory _factory;
    private readonly EventCollector<ProgramActivitiesRecorded> _collector;

    private ActivityLog(AssessmentsFactory factory, EventCollector<ProgramActivitiesRecorded> collector)
    {
        _factory = factory;
        _collector = collector;
    }

    public static async Task<ActivityLog> StartAsync(AssessmentsFactory factory, string queueName) =>
        new(factory, await EventCollector<ProgramActivitiesRecorded>.StartAsync(factory.VirtualHost.ConnectionString, queueName));

    /// <summary>Waits for a message carrying the activity in the state <paramref name="match"/> describes; returns that activity.</summary>
    public async Task<(string CenterId, ProgramActivity Activity)> WaitForAsync(string activity, object key, Func<ProgramActivity, bool>? match = null)
    {
        bool Wanted(ProgramActivity candidate) => candidate.Activity == activity && candidate.Key == key.ToString() && (match?.Invoke(candidate) ?? true);
        var message = (await _collector.WaitForAsync(recorded => recorded.Activities.Any(Wanted), Delivery)).Message;
        return (message.CenterId, message.Activities.Single(Wanted));
    }

    /// <summary>The latest state of every activity, once everything the service has committed so far has arrived.</summary>
    public async Task<IReadOnlyList<(string CenterId, ProgramActivity Activity)>> LatestAsync()
    {
        await _factory.Database.WaitUntilOutboxRelayedAsync();
        await _collector.WaitUntilDrainedAsync();
        return _collector.Received
            .Select((context, arrival) => (context.Message, arrival))
            .SelectMany(received => received.Message.Activities.Select(activity => (received.Message.CenterId, received.Message.OccurredAt, received.arrival, activity)))
            .GroupBy(entry => (entry.activity.Activity, entry.activity.Key))
            .Select(group => group.OrderBy(entry => entry.OccurredAt).ThenBy(entry => entry.arrival).Last())
            .Select(entry => (entry.CenterId, entry.activity))
            .ToList();
    }

    public ValueTask DisposeAsync() => _collector.DisposeAsync();
}
