using CpPlatform.Contracts.Enterprises;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

public sealed class EnterpriseUpdatedConsumer(EventsDbContext db, ILogger<EnterpriseUpdatedConsumer> logger)
    : IdempotentConsumer<EnterpriseUpdated, EventsDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseUpdated message, CancellationToken cancellationToken) =>
        EnterpriseSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
