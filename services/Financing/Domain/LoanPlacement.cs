namespace CpPlatform.Financing.Domain;

/// <summary>What a bank tells about a loan it places under a facility's coverage.</summary>
public sealed record LoanPlacement(
    decimal Principal, DateOnly DisbursedOn, DateOnly MaturityOn, LoanPurpose Purpose, string BankLoanRef, string? IdempotencyKey);
