namespace CpPlatform.Financing.Domain;

/// <summary>How a facility stands, computed from its loans and paid claims; percentages unrounded.</summary>
public sealed record FacilityFigures(
    decimal PlacedPrincipal,
    decimal UtilizationPercent,
    decimal RemainingCapacity,
    decimal GuaranteedOutstanding,
    int Loans,
    int Defaults,
    decimal DefaultRatePercent,
    decimal ClaimsPaid,
    decimal RecoveriesSharedBack,
    decimal FeesDue)
{
    /// <summary>
    /// Guaranteed outstanding is the covered share of current loans' outstanding principal (repaid loans owe nothing,
    /// defaulted ones are settled by claims). The default rate counts loans. Fees due are the origination fee on every
    /// guaranteed amount placed plus one year's utilization fee on the guaranteed outstanding.
    /// </summary>
    public static FacilityFigures Of(Facility facility, IReadOnlyCollection<Loan> loans, decimal claimsPaid, decimal recoveriesSharedBack)
    {
        var guaranteedOutstanding = Money.Cents(loans.Where(loan => loan.Status == LoanStatus.Current)
            .Sum(loan => facility.CoverageRate * loan.OutstandingPrincipal));
        var defaults = loans.Count(loan => loan.Status == LoanStatus.Defaulted);
        var feesDue = Money.Cents(facility.OriginationFeeRate * loans.Sum(loan => loan.GuaranteedAmount)
                                  + facility.UtilizationFeeRate * guaranteedOutstanding);
        return new FacilityFigures(
            facility.PlacedPrincipal,
            facility.MaxPortfolio == 0 ? 0m : facility.PlacedPrincipal / facility.MaxPortfolio * 100m,
            facility.RemainingCapacity,
            guaranteedOutstanding,
            loans.Count,
            defaults,
            loans.Count == 0 ? 0m : (decimal)defaults / loans.Count * 100m,
            claimsPaid,
            recoveriesSharedBack,
            feesDue);
    }
}
