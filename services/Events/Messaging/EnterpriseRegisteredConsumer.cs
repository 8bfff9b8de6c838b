using CpPlatform.Contracts.Enterprises;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

public sealed class EnterpriseRegisteredConsumer(EventsDbContext db, ILogger<EnterpriseRegisteredConsumer> logger)
    : IdempotentConsumer<EnterpriseRegistered, EventsDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseRegistered message, CancellationToken cancellationToken) =>
        EnterpriseSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
