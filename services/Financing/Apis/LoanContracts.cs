using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Apis;

/// <summary>The borrower is named as the bank knows it: country and tax id.</summary>
public sealed record LoanRequest(
    Guid? FacilityId, string? Country, string? TaxId, decimal? Principal, DateOnly? DisbursedOn, DateOnly? MaturityOn, LoanPurpose? Purpose,
    string? BankLoanRef);

public sealed record LoanResponse(
    Guid Id,
    Guid FacilityId,
    string BankId,
    Guid EnterpriseId,
    string Country,
    string TaxId,
    decimal Principal,
    decimal GuaranteedAmount,
    DateOnly DisbursedOn,
    DateOnly MaturityOn,
    LoanPurpose Purpose,
    string BankLoanRef,
    LoanStatus Status,
    decimal OutstandingPrincipal,
    DateOnly? ReportedAsOf,
    DateTimeOffset PlacedAt)
{
    public static LoanResponse From(Loan loan) => new(
        loan.Id, loan.FacilityId, loan.BankId, loan.EnterpriseId, loan.Country, loan.TaxId, loan.Principal, loan.GuaranteedAmount,
        loan.DisbursedOn, loan.MaturityOn, loan.Purpose, loan.BankLoanRef, loan.Status, loan.OutstandingPrincipal, loan.ReportedAsOf, loan.PlacedAt);
}

public sealed record LoanReportRequest(DateOnly? AsOf, decimal? OutstandingPrincipal, LoanStatus? Status);

public sealed record LoanReportResponse(Guid Id, Guid LoanId, DateOnly AsOf, decimal OutstandingPrincipal, LoanStatus Status, LoanResponse Loan)
{
    public static LoanReportResponse From(LoanReport report, Loan loan) =>
        new(report.Id, report.LoanId, report.AsOf, report.OutstandingPrincipal, report.Status, LoanResponse.From(loan));
}

public sealed record ClaimRequest(decimal? OutstandingAtDefault, decimal? Recoveries);

public sealed record ClaimResponse(
    Guid Id, Guid LoanId, decimal OutstandingAtDefault, decimal Recoveries, decimal CoverageRate, decimal GuaranteedAmount, decimal ClaimAmount,
    DateTimeOffset FiledAt)
{
    public static ClaimResponse From(Claim claim, decimal coverageRate, Loan loan) => new(
        claim.Id, claim.LoanId, claim.OutstandingAtDefault, claim.Recoveries, coverageRate, loan.GuaranteedAmount, claim.ClaimAmount, claim.FiledAt);
}

public sealed record RecoveryRequest(decimal? Amount);

public sealed record RecoveryResponse(Guid Id, Guid LoanId, decimal Amount, decimal SharedBack, DateTimeOffset RecordedAt)
{
    public static RecoveryResponse From(Recovery recovery) => new(recovery.Id, recovery.LoanId, recovery.Amount, recovery.SharedBack, recovery.RecordedAt);
}
