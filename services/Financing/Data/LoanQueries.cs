using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Data;

internal static class LoanQueries
{
    /// <summary>The loan a repeated placement refers to: the same <c>Idempotency-Key</c> or the same bank loan reference.</summary>
    public static Task<Loan?> FindRepeatAsync(this FinancingDbContext db, string bankId, LoanPlacement placement, CancellationToken cancellationToken) =>
        db.Loans.AsNoTracking().Where(loan => loan.BankId == bankId)
            .Where(loan => loan.BankLoanRef == placement.BankLoanRef || (placement.IdempotencyKey != null && loan.IdempotencyKey == placement.IdempotencyKey))
            .OrderBy(loan => loan.PlacedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The loan's claim, its row locked until the transaction ends: recoveries on one claim take turns, so together
    /// they never exceed what was outstanding.
    /// </summary>
    public static Task<Claim?> LockClaimAsync(this FinancingDbContext db, Guid loanId, CancellationToken cancellationToken) =>
        db.Claims.FromSql($"SELECT * FROM claims WHERE loan_id = {loanId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
}
