using CpPlatform.Contracts.Assessments;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>The first implemented option makes the enterprise implementing.</summary>
public sealed class OptionImplementedConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<OptionImplementedConsumer> logger)
    : IdempotentConsumer<OptionImplemented, EnterprisesDbContext>(db, logger)
{
    protected override Task HandleAsync(OptionImplemented message, CancellationToken cancellationToken) =>
        EngagementStageAdvance.AdvanceAsync(Db, message.EnterpriseId, EngagementStage.Implementing, clock.GetUtcNow(), logger, cancellationToken);
}
