using CpPlatform.Contracts.Assessments;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>A plant walk-through makes the enterprise pre-assessed, whatever the selection decision.</summary>
public sealed class PreAssessmentCompletedConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<PreAssessmentCompletedConsumer> logger)
    : IdempotentConsumer<PreAssessmentCompleted, EnterprisesDbContext>(db, logger)
{
    protected override Task HandleAsync(PreAssessmentCompleted message, CancellationToken cancellationToken) =>
        EngagementStageAdvance.AdvanceAsync(Db, message.EnterpriseId, EngagementStage.PreAssessed, clock.GetUtcNow(), logger, cancellationToken);
}
