namespace CpPlatform.Financing.Domain;

/// <summary>Money recovered from a borrower after its claim was paid; the guarantor's share goes back to it.</summary>
public sealed class Recovery : IBankOwned
{
    public Guid Id { get; init; }
    public Guid LoanId { get; init; }
    public Guid FacilityId { get; init; }
    public string BankId { get; init; } = "";
    public decimal Amount { get; init; }
    public decimal SharedBack { get; init; }
    public string RecordedBy { get; init; } = "";
    public DateTimeOffset RecordedAt { get; init; }

    public static Recovery Record(Claim claim, decimal coverageRate, decimal amount, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        LoanId = claim.LoanId,
        FacilityId = claim.FacilityId,
        BankId = claim.BankId,
        Amount = amount,
        SharedBack = Claims.RecoveryShare(coverageRate, amount),
        RecordedBy = by,
        RecordedAt = now,
    };
}
