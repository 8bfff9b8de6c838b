using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Financing.Caching;

/// <summary>
/// Evicts the eligibility entries a save touches once it commits: a placement or report through the API, or a
/// consumer applying an enterprise or verification event.
/// </summary>
/// <remarks>
/// A stale entry (after an eviction that failed) answers at most until its time to live, and only advice: placing a loan
/// evaluates the facility and the borrower again from the database, under the facility's row lock, so a stale
/// eligibility answer can never place a loan beyond a limit.
/// </remarks>
internal sealed class EligibilityCacheInvalidator(ICacheAside cache, ILogger<EligibilityCacheInvalidator> logger)
    : CacheInvalidator(cache, logger)
{
    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Facility facility:
                yield return EligibilityCacheKeys.BankFacilities(facility.BankId);
                break;
            case Loan loan:
                yield return EligibilityCacheKeys.BankFacilities(loan.BankId);
                yield return EligibilityCacheKeys.BorrowerStanding(loan.EnterpriseId);
                break;
            case VerifiedEvidence evidence:
                yield return EligibilityCacheKeys.BorrowerStanding(evidence.EnterpriseId);
                break;
            case BorrowerSnapshot borrower:
                yield return EligibilityCacheKeys.BorrowerStanding(borrower.EnterpriseId);
                yield return EligibilityCacheKeys.BorrowerLookup(borrower.Country, borrower.TaxId);
                if (entry.State == EntityState.Modified)
                {
                    // A changed country or tax id leaves the old pair pointing at this enterprise until evicted.
                    yield return EligibilityCacheKeys.BorrowerLookup(
                        (string)entry.Property(nameof(BorrowerSnapshot.Country)).OriginalValue!,
                        (string)entry.Property(nameof(BorrowerSnapshot.TaxId)).OriginalValue!);
                }
                break;
        }
    }
}
