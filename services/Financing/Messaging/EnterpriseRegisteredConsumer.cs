using CpPlatform.Contracts.Enterprises;
using CpPlatform.Financing.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Financing.Messaging;

public sealed class EnterpriseRegisteredConsumer(FinancingDbContext db, ILogger<EnterpriseRegisteredConsumer> logger)
    : IdempotentConsumer<EnterpriseRegistered, FinancingDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseRegistered message, CancellationToken cancellationToken) =>
        BorrowerSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
