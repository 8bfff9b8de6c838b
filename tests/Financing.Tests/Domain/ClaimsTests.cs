using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Tests.Domain;

public class ClaimsTests
{
    [Fact]
    public void The_worked_example_claims_half_of_the_net_loss()
    {
        Assert.Equal(50_000m, Claims.Amount(0.5m, 120_000m, 20_000m, guaranteedAmount: 60_000m));
    }

    [Fact]
    public void A_claim_never_exceeds_the_guaranteed_amount()
    {
        Assert.Equal(50_000m, Claims.Amount(0.5m, 150_000m, 0m, guaranteedAmount: 50_000m));
        Assert.Equal(49_999.99m, Claims.Amount(0.5m, 99_999.98m, 0m, guaranteedAmount: 50_000m));
    }

    [Fact]
    public void Recoveries_beyond_the_outstanding_principal_claim_nothing()
    {
        Assert.Equal(0m, Claims.Amount(0.5m, 10_000m, 12_000m, guaranteedAmount: 50_000m));
    }

    [Fact]
    public void Later_recoveries_are_shared_back_at_the_coverage_rate()
    {
        Assert.Equal(5_000m, Claims.RecoveryShare(0.5m, 10_000m));
    }

    [Fact]
    public void Only_a_defaulted_loan_can_be_claimed()
    {
        var facility = Terms.Facility();
        var loan = Loan.Place(facility, Terms.Borrower(), Placement(100_000m), "banco-norte-system", DateTimeOffset.UtcNow);

        Assert.Throws<InvalidOperationException>(() => Claim.File(loan, 0.5m, 100_000m, 0m, "banco-norte-system", DateTimeOffset.UtcNow));
        loan.Report(new DateOnly(2026, 9, 30), 100_000m, LoanStatus.Defaulted);
        Assert.Equal(50_000m, Claim.File(loan, 0.5m, 100_000m, 0m, "banco-norte-system", DateTimeOffset.UtcNow).ClaimAmount);
    }

    internal static LoanPlacement Placement(decimal principal, string bankLoanRef = "BN-1") =>
        new(principal, new DateOnly(2026, 6, 1), new DateOnly(2029, 6, 1), LoanPurpose.EnergyEfficiency, bankLoanRef, null);
}
