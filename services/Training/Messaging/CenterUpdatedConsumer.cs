using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;

namespace CpPlatform.Training.Messaging;

/// <summary>Keeps the center's time zone: its sessions happen, and its certificates expire, on its calendar.</summary>
public sealed class CenterUpdatedConsumer(TrainingDbContext db, ILogger<CenterUpdatedConsumer> logger)
    : IdempotentConsumer<CenterUpdated, TrainingDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterUpdated message, CancellationToken cancellationToken) =>
        Db.ApplyCenterTimeZoneAsync(message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}
