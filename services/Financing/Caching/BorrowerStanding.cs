using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Caching;

/// <summary>
/// Everything eligibility needs to know about one borrower: the enterprise, its latest verified evidence and the
/// principal of its loans that count against the per-borrower maximum, by facility.
/// </summary>
public sealed record BorrowerStanding(BorrowerSnapshot Borrower, VerifiedEvidence? Evidence, IReadOnlyDictionary<Guid, decimal> CoveredByFacility)
{
    public decimal CoveredUnder(Guid facilityId) => CoveredByFacility.GetValueOrDefault(facilityId);
}
