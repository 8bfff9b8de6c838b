using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Data;

internal static class BorrowerQueries
{
    /// <summary>Answers an eligibility question about the borrower a bank knows by country and tax id.</summary>
    public static async Task<(EligibilityAnswer Answer, BorrowerSnapshot? Borrower)> EvaluateAsync(
        this FinancingDbContext db, Facility facility, string country, string taxId, decimal amount, LoanPurpose purpose, DateOnly today,
        CancellationToken cancellationToken)
    {
        var countryCode = country.ToUpperInvariant();
        var normalizedTaxId = TaxId.Normalize(taxId);
        var borrower = await db.Borrowers.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Country == countryCode && b.TaxId == normalizedTaxId, cancellationToken);
        // Loans already under this facility's coverage: repaid ones no longer count against the borrower's maximum.
        var covered = borrower is null
            ? 0m
            : await db.Loans.Where(loan => loan.FacilityId == facility.Id && loan.EnterpriseId == borrower.EnterpriseId && loan.Status != LoanStatus.Repaid)
                .SumAsync(loan => loan.Principal, cancellationToken);
        var answer = Eligibility.Evaluate(new EligibilityQuestion(facility, borrower, countryCode, amount, purpose, today, covered));
        return (answer, borrower is { ShareWithBanks: true } ? borrower : null);
    }
}
