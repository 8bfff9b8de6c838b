using CpPlatform.Assessments.Data;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Assessments.Messaging;

public sealed class EnterpriseRegisteredConsumer(AssessmentsDbContext db, ILogger<EnterpriseRegisteredConsumer> logger)
    : IdempotentConsumer<EnterpriseRegistered, AssessmentsDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseRegistered message, CancellationToken cancellationToken) =>
        EnterpriseSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
