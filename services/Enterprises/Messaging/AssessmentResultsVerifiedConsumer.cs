using CpPlatform.Contracts.Assessments;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>Verified savings.</summary>
public sealed class AssessmentResultsVerifiedConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<AssessmentResultsVerifiedConsumer> logger)
    : IdempotentConsumer<AssessmentResultsVerified, EnterprisesDbContext>(db, logger)
{
    protected override Task HandleAsync(AssessmentResultsVerified message, CancellationToken cancellationToken) =>
        EngagementStageAdvance.AdvanceAsync(Db, message.EnterpriseId, EngagementStage.ResultsVerified, clock.GetUtcNow(), logger, cancellationToken);
}
