using CpPlatform.Contracts.Enterprises;
using CpPlatform.Financing.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Financing.Messaging;

public sealed class EnterpriseStageChangedConsumer(FinancingDbContext db, ILogger<EnterpriseStageChangedConsumer> logger)
    : IdempotentConsumer<EnterpriseStageChanged, FinancingDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseStageChanged message, CancellationToken cancellationToken) =>
        BorrowerSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
