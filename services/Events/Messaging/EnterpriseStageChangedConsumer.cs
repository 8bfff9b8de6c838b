using CpPlatform.Contracts.Enterprises;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

public sealed class EnterpriseStageChangedConsumer(EventsDbContext db, ILogger<EnterpriseStageChangedConsumer> logger)
    : IdempotentConsumer<EnterpriseStageChanged, EventsDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseStageChanged message, CancellationToken cancellationToken) =>
        EnterpriseSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
