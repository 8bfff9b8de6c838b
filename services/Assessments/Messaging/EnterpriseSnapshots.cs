using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Messaging;
using Published = CpPlatform.Contracts.Enterprises.EnterpriseSnapshot;

namespace CpPlatform.Assessments.Messaging;

/// <summary>Keeps the local copy of an enterprise up to date from whichever enterprise event carries it.</summary>
internal static class EnterpriseSnapshots
{
    public static Task ApplyAsync(AssessmentsDbContext db, string centerId, Published published, CancellationToken cancellationToken) =>
        db.Enterprises.ApplyAsync(
            published.EnterpriseId,
            published.Revision,
            () => new EnterpriseSnapshot { EnterpriseId = published.EnterpriseId },
            snapshot =>
            {
                snapshot.CenterId = centerId;
                snapshot.LegalName = published.LegalName;
                snapshot.Country = published.Country;
                snapshot.TaxId = published.TaxId;
                snapshot.Sector = published.Sector;
                snapshot.SizeClass = published.SizeClass;
                snapshot.IsSme = published.IsSme;
                snapshot.PublishResults = published.Consents.PublishResults;
                snapshot.ShareWithBanks = published.Consents.ShareWithBanks;
                snapshot.Stage = published.Stage;
            },
            cancellationToken);
}
