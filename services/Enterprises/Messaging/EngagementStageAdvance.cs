using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>Moves an enterprise forward when another service reports progress, and announces the new stage.</summary>
internal static class EngagementStageAdvance
{
    /// <summary>
    /// Runs inside a consumer, outside any request, so the center filter is open. An enterprise already at or past
    /// <paramref name="stage"/> (a late or repeated event) stays where it is and nothing is announced.
    /// </summary>
    public static async Task AdvanceAsync(
        EnterprisesDbContext db, Guid enterpriseId, EngagementStage stage, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            logger.LogWarning("Enterprise {EnterpriseId} is not registered; stage {Stage} not applied", enterpriseId, stage);
            return;
        }
        var previous = enterprise.Stage;
        if (enterprise.AdvanceTo(stage, now))
        {
            db.AddEvent(EnterpriseEvents.StageChanged(enterprise, previous));
        }
    }
}
