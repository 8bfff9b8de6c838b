namespace CpPlatform.Financing.Domain;

/// <summary>One status report from the bank, kept as history.</summary>
public sealed class LoanReport : IBankOwned
{
    public Guid Id { get; init; }
    public Guid LoanId { get; init; }
    public string BankId { get; init; } = "";
    public DateOnly AsOf { get; init; }
    public decimal OutstandingPrincipal { get; init; }
    public LoanStatus Status { get; init; }
    public string ReportedBy { get; init; } = "";
    public DateTimeOffset ReportedAt { get; init; }
}
