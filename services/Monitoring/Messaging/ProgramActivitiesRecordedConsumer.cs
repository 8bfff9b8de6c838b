using CpPlatform.Contracts.Monitoring;
using CpPlatform.Monitoring.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Monitoring.Messaging;

/// <summary>Keeps each activity in the state of the newest message about it (live changes and replays alike).</summary>
public sealed class ProgramActivitiesRecordedConsumer(MonitoringDbContext db, ILogger<ProgramActivitiesRecordedConsumer> logger)
    : IdempotentConsumer<ProgramActivitiesRecorded, MonitoringDbContext>(db, logger)
{
    protected override Task HandleAsync(ProgramActivitiesRecorded message, CancellationToken cancellationToken) =>
        Db.UpsertAsync(message.CenterId, message.OccurredAt, message.Activities, cancellationToken);
}
