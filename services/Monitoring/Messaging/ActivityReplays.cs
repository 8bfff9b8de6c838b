using CpPlatform.Contracts.Monitoring;
using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Messaging;

internal static class ActivityReplays
{
    /// <summary>
    /// Records a replay and asks every producing service, through the outbox, to send all its activities again; saved
    /// by the caller. Replayed activities replace what is held by key, so asking twice only costs time.
    /// </summary>
    public static ActivityReplay RequestReplay(this MonitoringDbContext db, string by, DateTimeOffset now)
    {
        var replay = ActivityReplay.Request(by, now);
        db.Replays.Add(replay);
        db.AddEvent(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters,
            OccurredAt = now,
            ReplayId = replay.Id,
        });
        return replay;
    }
}
