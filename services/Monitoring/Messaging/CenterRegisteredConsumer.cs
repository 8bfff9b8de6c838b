using CpPlatform.Contracts.Enterprises;
using CpPlatform.Monitoring.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Monitoring.Messaging;

/// <summary>Keeps the center's time zone: "today" and a program's progress as of today follow its calendar.</summary>
public sealed class CenterRegisteredConsumer(MonitoringDbContext db, ILogger<CenterRegisteredConsumer> logger)
    : IdempotentConsumer<CenterRegistered, MonitoringDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterRegistered message, CancellationToken cancellationToken) =>
        Db.ApplyCenterTimeZoneAsync(message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}
