using CpPlatform.Contracts.Enterprises;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Messaging;

/// <summary>Keeps the center's time zone: its events open their doors, and its periods begin, on its calendar.</summary>
public sealed class CenterUpdatedConsumer(EventsDbContext db, ILogger<CenterUpdatedConsumer> logger)
    : IdempotentConsumer<CenterUpdated, EventsDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterUpdated message, CancellationToken cancellationToken) =>
        Db.ApplyCenterTimeZoneAsync(message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}
