using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Tests.Domain;

public class FacilityFiguresTests
{
    [Fact]
    public void Figures_sum_the_loans_placed_their_defaults_claims_and_fees()
    {
        var facility = Terms.Facility(maxPortfolio: 1_000_000m);
        var current = Place(facility, 200_000m, "BN-1");
        var repaid = Place(facility, 100_000m, "BN-2");
        var defaulted = Place(facility, 120_000m, "BN-3");
        var partlyRepaid = Place(facility, 80_000m, "BN-4");
        repaid.Report(new DateOnly(2026, 9, 30), 0m, LoanStatus.Repaid);
        defaulted.Report(new DateOnly(2026, 9, 30), 120_000m, LoanStatus.Defaulted);
        partlyRepaid.Report(new DateOnly(2026, 9, 30), 60_000m, LoanStatus.Current);

        var figures = FacilityFigures.Of(facility, [current, repaid, defaulted, partlyRepaid], claimsPaid: 50_000m, recoveriesSharedBack: 2_500m);

        Assert.Equal(500_000m, figures.PlacedPrincipal);
        Assert.Equal(50m, figures.UtilizationPercent);
        Assert.Equal(500_000m, figures.RemainingCapacity);
        Assert.Equal(130_000m, figures.GuaranteedOutstanding); // 50% of 200,000 + 60,000
        Assert.Equal((4, 1, 25m), (figures.Loans, figures.Defaults, figures.DefaultRatePercent));
        Assert.Equal((50_000m, 2_500m), (figures.ClaimsPaid, figures.RecoveriesSharedBack));
        Assert.Equal(3_150m, figures.FeesDue); // 1% of 250,000 guaranteed + 0.5% of 130,000
    }

    [Fact]
    public void A_facility_without_loans_has_no_utilization_nor_default_rate()
    {
        var figures = FacilityFigures.Of(Terms.Facility(), [], 0m, 0m);

        Assert.Equal((0m, 0m, 1_000_000m, 0m), (figures.UtilizationPercent, figures.DefaultRatePercent, figures.RemainingCapacity, figures.FeesDue));
    }

    private static Loan Place(Facility facility, decimal principal, string bankLoanRef) =>
        Loan.Place(facility, Terms.Borrower(), ClaimsTests.Placement(principal, bankLoanRef), "banco-norte-system", DateTimeOffset.UtcNow);
}
