using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Tests.Domain;

public class LoanTests
{
    [Fact]
    public void Placing_a_loan_takes_its_principal_from_the_capacity_and_guarantees_the_coverage_share()
    {
        var facility = Terms.Facility(maxPortfolio: 300_000m);

        var loan = Loan.Place(facility, Terms.Borrower(), ClaimsTests.Placement(120_000m), "banco-norte-system", DateTimeOffset.UtcNow);

        Assert.Equal((120_000m, 180_000m), (facility.PlacedPrincipal, facility.RemainingCapacity));
        Assert.Equal((60_000m, LoanStatus.Current, 120_000m), (loan.GuaranteedAmount, loan.Status, loan.OutstandingPrincipal));
    }

    [Fact]
    public void A_placement_beyond_the_remaining_capacity_is_refused()
    {
        var facility = Terms.Facility(maxPortfolio: 100_000m);

        Assert.Throws<InvalidOperationException>(() => facility.Place(100_000.01m));
        facility.Place(100_000m);
        Assert.Equal(0m, facility.RemainingCapacity);
    }

    [Fact]
    public void A_late_report_does_not_roll_the_status_back()
    {
        var loan = Loan.Place(Terms.Facility(), Terms.Borrower(), ClaimsTests.Placement(100_000m), "banco-norte-system", DateTimeOffset.UtcNow);

        Assert.True(loan.Report(new DateOnly(2026, 9, 30), 90_000m, LoanStatus.Defaulted));
        Assert.False(loan.Report(new DateOnly(2026, 8, 31), 95_000m, LoanStatus.Current));
        Assert.Equal((LoanStatus.Defaulted, 90_000m), (loan.Status, loan.OutstandingPrincipal));
        Assert.False(loan.Report(new DateOnly(2026, 10, 31), 90_000m, LoanStatus.Defaulted));
    }
}
