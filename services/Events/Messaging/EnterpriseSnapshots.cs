using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Messaging;
using Published = CpPlatform.Contracts.Enterprises.EnterpriseSnapshot;

namespace CpPlatform.Events.Messaging;

/// <summary>Keeps the local copy of an enterprise up to date from whichever enterprise event carries it.</summary>
internal static class EnterpriseSnapshots
{
    public static Task ApplyAsync(EventsDbContext db, string centerId, Published published, CancellationToken cancellationToken) =>
        db.Enterprises.ApplyAsync(
            published.EnterpriseId,
            published.Revision,
            () => new EnterpriseSnapshot { EnterpriseId = published.EnterpriseId },
            snapshot =>
            {
                snapshot.CenterId = centerId;
                snapshot.LegalName = published.LegalName;
                snapshot.Sector = published.Sector;
            },
            cancellationToken);
}
