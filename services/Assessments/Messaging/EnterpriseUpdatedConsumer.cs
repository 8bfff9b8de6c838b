using CpPlatform.Assessments.Data;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Assessments.Messaging;

public sealed class EnterpriseUpdatedConsumer(AssessmentsDbContext db, ILogger<EnterpriseUpdatedConsumer> logger)
    : IdempotentConsumer<EnterpriseUpdated, AssessmentsDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseUpdated message, CancellationToken cancellationToken) =>
        EnterpriseSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
