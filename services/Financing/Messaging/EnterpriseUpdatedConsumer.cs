using CpPlatform.Contracts.Enterprises;
using CpPlatform.Financing.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Financing.Messaging;

public sealed class EnterpriseUpdatedConsumer(FinancingDbContext db, ILogger<EnterpriseUpdatedConsumer> logger)
    : IdempotentConsumer<EnterpriseUpdated, FinancingDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseUpdated message, CancellationToken cancellationToken) =>
        BorrowerSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
