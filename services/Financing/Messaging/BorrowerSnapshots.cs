using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Messaging;
using Published = CpPlatform.Contracts.Enterprises.EnterpriseSnapshot;

namespace CpPlatform.Financing.Messaging;

/// <summary>Keeps the local copy of an enterprise up to date from whichever enterprise event carries it.</summary>
internal static class BorrowerSnapshots
{
    public static Task ApplyAsync(FinancingDbContext db, string centerId, Published published, CancellationToken cancellationToken) =>
        db.Borrowers.ApplyAsync(
            published.EnterpriseId,
            published.Revision,
            () => new BorrowerSnapshot { EnterpriseId = published.EnterpriseId },
            snapshot =>
            {
                snapshot.CenterId = centerId;
                snapshot.Country = published.Country.ToUpperInvariant();
                snapshot.TaxId = TaxId.Normalize(published.TaxId);
                snapshot.IsSme = published.IsSme;
                snapshot.ShareWithBanks = published.Consents.ShareWithBanks;
            },
            cancellationToken);
}
