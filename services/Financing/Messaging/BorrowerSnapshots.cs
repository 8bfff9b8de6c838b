using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Published = CpPlatform.Contracts.Enterprises.EnterpriseSnapshot;

namespace CpPlatform.Financing.Messaging;

/// <summary>Keeps the local copy of an enterprise up to date from whichever enterprise event carries it.</summary>
internal static class BorrowerSnapshots
{
    public static async Task ApplyAsync(FinancingDbContext db, string centerId, Published published, CancellationToken cancellationToken)
    {
        var snapshot = await db.Borrowers.SingleOrDefaultAsync(e => e.EnterpriseId == published.EnterpriseId, cancellationToken);
        if (snapshot is null)
        {
            snapshot = new BorrowerSnapshot { EnterpriseId = published.EnterpriseId };
            db.Borrowers.Add(snapshot);
        }
        else if (published.Revision <= snapshot.Revision)
        {
            // A late or repeated message: what is held is already as new or newer.
            return;
        }

        snapshot.CenterId = centerId;
        snapshot.Revision = published.Revision;
        snapshot.Country = published.Country.ToUpperInvariant();
        snapshot.TaxId = TaxId.Normalize(published.TaxId);
        snapshot.IsSme = published.IsSme;
        snapshot.ShareWithBanks = published.Consents.ShareWithBanks;
    }
}
