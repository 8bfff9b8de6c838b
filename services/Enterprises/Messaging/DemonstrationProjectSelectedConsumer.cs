using CpPlatform.Contracts.Assessments;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>Selection for a demonstration project.</summary>
public sealed class DemonstrationProjectSelectedConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<DemonstrationProjectSelectedConsumer> logger)
    : IdempotentConsumer<DemonstrationProjectSelected, EnterprisesDbContext>(db, logger)
{
    protected override Task HandleAsync(DemonstrationProjectSelected message, CancellationToken cancellationToken) =>
        EngagementStageAdvance.AdvanceAsync(Db, message.EnterpriseId, EngagementStage.InDemonstrationProject, clock.GetUtcNow(), logger, cancellationToken);
}
