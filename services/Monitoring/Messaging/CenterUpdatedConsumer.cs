using CpPlatform.Contracts.Enterprises;
using CpPlatform.Monitoring.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Monitoring.Messaging;

/// <summary>Keeps the center's time zone: "today" and a program's progress as of today follow its calendar.</summary>
public sealed class CenterUpdatedConsumer(MonitoringDbContext db, ILogger<CenterUpdatedConsumer> logger)
    : IdempotentConsumer<CenterUpdated, MonitoringDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterUpdated message, CancellationToken cancellationToken) =>
        Db.ApplyCenterTimeZoneAsync(message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}
