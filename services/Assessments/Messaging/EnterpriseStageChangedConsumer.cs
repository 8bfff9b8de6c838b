using CpPlatform.Assessments.Data;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Assessments.Messaging;

public sealed class EnterpriseStageChangedConsumer(AssessmentsDbContext db, ILogger<EnterpriseStageChangedConsumer> logger)
    : IdempotentConsumer<EnterpriseStageChanged, AssessmentsDbContext>(db, logger)
{
    protected override Task HandleAsync(EnterpriseStageChanged message, CancellationToken cancellationToken) =>
        EnterpriseSnapshots.ApplyAsync(Db, message.CenterId, message.Enterprise, cancellationToken);
}
