using CpPlatform.Contracts.Monitoring;
using CpPlatform.TestSupport;

namespace CpPlatform.Training.Tests.Messaging;

internal static class ProgramActivityCollection
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    /// <summary>A collector of the program activities the service publishes from now on, on a queue of its own.</summary>
    public static Task<EventCollector<ProgramActivitiesRecorded>> CollectProgramActivitiesAsync(this TrainingFactory factory) =>
        EventCollector<ProgramActivitiesRecorded>.StartAsync(factory.VirtualHost.ConnectionString, $"test-program-activities-{Guid.NewGuid():N}");

    /// <summary>Waits for the activity about <paramref name="key"/> in the state <paramref name="match"/> describes; returns it with its center.</summary>
    public static async Task<(string CenterId, ProgramActivity Activity)> ActivityAsync(
        this EventCollector<ProgramActivitiesRecorded> collector, string activity, Guid key, Func<ProgramActivity, bool>? match = null)
    {
        bool Wanted(ProgramActivity candidate) => candidate.Activity == activity && candidate.Key == key.ToString() && (match?.Invoke(candidate) ?? true);
        var message = (await collector.WaitForAsync(recorded => recorded.Activities.Any(Wanted), Delivery)).Message;
        return (message.CenterId, message.Activities.Single(Wanted));
    }
}
