using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Data;

internal static class BorrowerQueries
{
    /// <summary>The enterprise a bank knows by country and tax id, consenting or not.</summary>
    public static Task<BorrowerSnapshot?> FindBorrowerAsync(this FinancingDbContext db, string country, string taxId, CancellationToken cancellationToken)
    {
        var countryCode = country.ToUpperInvariant();
        var normalizedTaxId = TaxId.Normalize(taxId);
        return db.Borrowers.AsNoTracking().SingleOrDefaultAsync(b => b.Country == countryCode && b.TaxId == normalizedTaxId, cancellationToken);
    }

    /// <summary>
    /// The principal of the borrower's loans under each facility's coverage that still count against its maximum:
    /// repaid loans no longer do. Across every bank, whoever asks: the borrower's standing is cached once for all banks,
    /// and each bank's answers read only its own facilities' lines.
    /// </summary>
    public static Task<Dictionary<Guid, decimal>> CoveredByFacilityAsync(this FinancingDbContext db, Guid enterpriseId, CancellationToken cancellationToken) =>
        db.Loans.IgnoreQueryFilters([FinancingDbContext.BankFilter]).Where(loan => loan.EnterpriseId == enterpriseId && loan.Status != LoanStatus.Repaid)
            .GroupBy(loan => loan.FacilityId)
            .Select(group => new { FacilityId = group.Key, Covered = group.Sum(loan => loan.Principal) })
            .ToDictionaryAsync(row => row.FacilityId, row => row.Covered, cancellationToken);

    /// <summary>Answers an eligibility question from the database (placement, under the facility's lock).</summary>
    public static async Task<(EligibilityAnswer Answer, BorrowerSnapshot? Borrower)> EvaluateAsync(
        this FinancingDbContext db, Facility facility, string country, string taxId, decimal amount, LoanPurpose purpose, DateOnly today,
        CancellationToken cancellationToken)
    {
        var borrower = await db.FindBorrowerAsync(country, taxId, cancellationToken);
        var covered = borrower is null ? 0m : (await db.CoveredByFacilityAsync(borrower.EnterpriseId, cancellationToken)).GetValueOrDefault(facility.Id);
        var answer = Eligibility.Evaluate(new EligibilityQuestion(facility, borrower, country.ToUpperInvariant(), amount, purpose, today, covered));
        return (answer, borrower is { ShareWithBanks: true } ? borrower : null);
    }
}
