using CpPlatform.Contracts.Monitoring;
using CpPlatform.TestSupport;

namespace CpPlatform.Training.Tests.Messaging;

/// <summary>
/// Program activities as the monitoring service would hold them after the collected deliveries: the latest state of each
/// (activity, key), counted the way its measures count (distinct people, the day within the period, the center).
/// </summary>
internal sealed class ProgramActivityLedger(IEnumerable<ProgramActivitiesRecorded> messages)
{
    public IReadOnlyList<(string CenterId, ProgramActivity Activity)> Latest { get; } = messages
        .SelectMany(message => message.Activities.Select(activity => (message.CenterId, message.OccurredAt, Activity: activity)))
        .GroupBy(entry => (entry.Activity.Activity, entry.Activity.Key))
        .Select(group => group.MaxBy(entry => entry.OccurredAt))
        .Select(entry => (entry.CenterId, entry.Activity))
        .OrderBy(entry => entry.Activity.Activity).ThenBy(entry => entry.Activity.Key)
        .ToList();

    public static ProgramActivityLedger Of(EventCollector<ProgramActivitiesRecorded> collector) => new(collector.Received.Select(context => context.Message));

    public int People(string activity, DateOnly from, DateOnly to, string? centerId = null, string? category = null) => Latest
        .Where(entry => entry.Activity.Activity == activity && entry.Activity.Counts && entry.Activity.On >= from && entry.Activity.On <= to
                        && (centerId is null || entry.CenterId == centerId) && (category is null || entry.Activity.Category == category))
        .Select(entry => entry.Activity.Person)
        .Distinct()
        .Count();
}
