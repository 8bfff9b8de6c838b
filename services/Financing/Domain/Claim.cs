namespace CpPlatform.Financing.Domain;

/// <summary>A paid claim on a defaulted loan; a loan has at most one.</summary>
public sealed class Claim : IBankOwned
{
    public Guid Id { get; init; }
    public Guid LoanId { get; init; }
    public Guid FacilityId { get; init; }
    public string BankId { get; init; } = "";
    public decimal OutstandingAtDefault { get; init; }
    public decimal Recoveries { get; init; }
    public decimal ClaimAmount { get; init; }
    public string FiledBy { get; init; } = "";
    public DateTimeOffset FiledAt { get; init; }

    public static Claim File(Loan loan, decimal coverageRate, decimal outstandingAtDefault, decimal recoveries, string by, DateTimeOffset now)
    {
        if (loan.Status != LoanStatus.Defaulted)
        {
            throw new InvalidOperationException("Only a defaulted loan can be claimed.");
        }
        return new Claim
        {
            Id = Guid.CreateVersion7(),
            LoanId = loan.Id,
            FacilityId = loan.FacilityId,
            BankId = loan.BankId,
            OutstandingAtDefault = outstandingAtDefault,
            Recoveries = recoveries,
            ClaimAmount = Claims.Amount(coverageRate, outstandingAtDefault, recoveries, loan.GuaranteedAmount),
            FiledBy = by,
            FiledAt = now,
        };
    }
}
