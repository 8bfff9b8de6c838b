using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Published = CpPlatform.Contracts.Enterprises.EnterpriseSnapshot;

namespace CpPlatform.Assessments.Messaging;

/// <summary>Keeps the local copy of an enterprise up to date from whichever enterprise event carries it.</summary>
internal static class EnterpriseSnapshots
{
    public static async Task ApplyAsync(AssessmentsDbContext db, string centerId, Published published, CancellationToken cancellationToken)
    {
        var snapshot = await db.Enterprises.SingleOrDefaultAsync(e => e.EnterpriseId == published.EnterpriseId, cancellationToken);
        if (snapshot is null)
        {
            snapshot = new EnterpriseSnapshot { EnterpriseId = published.EnterpriseId };
            db.Enterprises.Add(snapshot);
        }
        else if (published.Revision <= snapshot.Revision)
        {
            // A late or repeated message: what is held is already as new or newer.
            return;
        }

        snapshot.CenterId = centerId;
        snapshot.Revision = published.Revision;
        snapshot.LegalName = published.LegalName;
        snapshot.Country = published.Country;
        snapshot.TaxId = published.TaxId;
        snapshot.Sector = published.Sector;
        snapshot.SizeClass = published.SizeClass;
        snapshot.IsSme = published.IsSme;
        snapshot.PublishResults = published.Consents.PublishResults;
        snapshot.ShareWithBanks = published.Consents.ShareWithBanks;
        snapshot.Stage = published.Stage;
    }
}
