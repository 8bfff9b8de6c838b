using CpPlatform.Contracts.Enterprises;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Messaging;

/// <summary>Keeps the center's time zone: its events open their doors, and its periods begin, on its calendar.</summary>
public sealed class CenterRegisteredConsumer(EventsDbContext db, ILogger<CenterRegisteredConsumer> logger)
    : IdempotentConsumer<CenterRegistered, EventsDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterRegistered message, CancellationToken cancellationToken) =>
        Db.ApplyCenterTimeZoneAsync(message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}
