using CpPlatform.Contracts.Monitoring;
using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.ServiceDefaults.Monitoring;

public static class ProgramActivityRecording
{
    /// <summary>
    /// Records program activities of <paramref name="centerId"/> in this unit of work: they reach the monitoring service
    /// through the outbox once the change that caused them commits.
    /// </summary>
    public static void AddActivities(this ServiceDbContext db, string centerId, params IEnumerable<ProgramActivity> activities)
    {
        var list = activities.ToList();
        if (list.Count == 0)
        {
            return;
        }
        db.AddEvent(new ProgramActivitiesRecorded { CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Activities = list });
    }
}
