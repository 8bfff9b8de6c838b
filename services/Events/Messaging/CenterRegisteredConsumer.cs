using CpPlatform.Contracts.Enterprises;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

/// <summary>Keeps the center's time zone: its events open their doors, its periods begin and its activities are dated on its calendar.</summary>
public sealed class CenterRegisteredConsumer(EventsDbContext db, TimeProvider time, ILogger<CenterRegisteredConsumer> logger)
    : IdempotentConsumer<CenterRegistered, EventsDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterRegistered message, CancellationToken cancellationToken) =>
        CenterCalendars.ApplyAsync(Db, time, message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}
