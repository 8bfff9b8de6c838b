using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Apis;

/// <summary>Rates are fractions (0.5 is 50%). Omitted: currency USD, 400,000 per borrower, every purpose, no fees.</summary>
public sealed record FacilityRequest(
    string? BankId,
    string? Guarantor,
    string? Currency,
    decimal? MaxPortfolio,
    decimal? CoverageRate,
    decimal? MaxLoanPerBorrower,
    IReadOnlyList<LoanPurpose>? EligiblePurposes,
    IReadOnlyList<string>? EligibleCountries,
    DateOnly? PlacementStart,
    DateOnly? PlacementEnd,
    decimal? OriginationFeeRate,
    decimal? UtilizationFeeRate);

public sealed record FacilityResponse(
    Guid Id,
    string BankId,
    string Guarantor,
    string Currency,
    decimal MaxPortfolio,
    decimal CoverageRate,
    decimal MaxLoanPerBorrower,
    IReadOnlyList<LoanPurpose> EligiblePurposes,
    IReadOnlyList<string> EligibleCountries,
    DateOnly PlacementStart,
    DateOnly PlacementEnd,
    decimal OriginationFeeRate,
    decimal UtilizationFeeRate,
    decimal PlacedPrincipal,
    decimal? UtilizationPercent,
    decimal RemainingCapacity,
    decimal GuaranteedOutstanding,
    int Loans,
    int Defaults,
    decimal? DefaultRatePercent,
    decimal ClaimsPaid,
    decimal RecoveriesSharedBack,
    decimal FeesDue)
{
    public static FacilityResponse From(Facility facility, FacilityFigures figures) => new(
        facility.Id, facility.BankId, facility.Guarantor, facility.Currency, facility.MaxPortfolio, facility.CoverageRate,
        facility.MaxLoanPerBorrower, facility.EligiblePurposes, facility.EligibleCountries, facility.PlacementStart, facility.PlacementEnd,
        facility.OriginationFeeRate, facility.UtilizationFeeRate, figures.PlacedPrincipal, Presentation.OneDecimal(figures.UtilizationPercent),
        figures.RemainingCapacity, figures.GuaranteedOutstanding, figures.Loans, figures.Defaults, Presentation.OneDecimal(figures.DefaultRatePercent),
        figures.ClaimsPaid, figures.RecoveriesSharedBack, figures.FeesDue);
}
