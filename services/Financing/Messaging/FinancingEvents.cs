using CpPlatform.Contracts.Financing;
using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Messaging;

/// <summary>Maps what happened to a loan to the integration events other services consume.</summary>
internal static class FinancingEvents
{
    public static LoanPlacedUnderCoverage LoanPlaced(Loan loan) => new()
    {
        CenterId = loan.CenterId,
        OccurredAt = loan.PlacedAt,
        EnterpriseId = loan.EnterpriseId,
        Country = loan.Country,
        TaxId = loan.TaxId,
        BankId = loan.BankId,
        FacilityId = loan.FacilityId,
        LoanId = loan.Id,
        Principal = loan.Principal,
        GuaranteedAmount = loan.GuaranteedAmount,
    };

    public static LoanDefaulted LoanDefaulted(Loan loan, LoanReport report) => new()
    {
        CenterId = loan.CenterId,
        OccurredAt = report.ReportedAt,
        EnterpriseId = loan.EnterpriseId,
        BankId = loan.BankId,
        FacilityId = loan.FacilityId,
        LoanId = loan.Id,
        AsOf = report.AsOf,
        OutstandingPrincipal = report.OutstandingPrincipal,
    };

    public static ClaimPaid ClaimPaid(Loan loan, Claim claim) => new()
    {
        CenterId = loan.CenterId,
        OccurredAt = claim.FiledAt,
        EnterpriseId = loan.EnterpriseId,
        BankId = loan.BankId,
        FacilityId = loan.FacilityId,
        LoanId = loan.Id,
        ClaimId = claim.Id,
        ClaimAmount = claim.ClaimAmount,
    };
}
