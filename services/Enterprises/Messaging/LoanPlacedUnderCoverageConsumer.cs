using CpPlatform.Contracts.Financing;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>A loan placed under a guarantee facility makes the enterprise financed.</summary>
public sealed class LoanPlacedUnderCoverageConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<LoanPlacedUnderCoverageConsumer> logger)
    : IdempotentConsumer<LoanPlacedUnderCoverage, EnterprisesDbContext>(db, logger)
{
    protected override Task HandleAsync(LoanPlacedUnderCoverage message, CancellationToken cancellationToken) =>
        EngagementStageAdvance.AdvanceAsync(Db, message.EnterpriseId, EngagementStage.Financed, clock.GetUtcNow(), logger, cancellationToken);
}
