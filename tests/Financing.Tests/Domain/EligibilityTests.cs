using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Tests.Domain;

public class EligibilityTests
{
    [Fact]
    public void A_consenting_sme_within_every_limit_is_eligible_and_every_rule_is_listed()
    {
        var answer = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), amount: 100_000m));

        Assert.True(answer.Eligible);
        Assert.Equal(
            [Eligibility.RegisteredAndConsenting, Eligibility.Sme, Eligibility.CountryEligible, Eligibility.PurposeEligible,
             Eligibility.WithinMaxPerBorrower, Eligibility.WindowOpen, Eligibility.WithinRemainingCapacity, Eligibility.BorrowerExposureWithinMax],
            answer.Rules.Select(rule => rule.Rule).ToArray());
        Assert.All(answer.Rules, rule => Assert.True(rule.Passed, rule.Detail));
        Assert.Equal(50_000m, answer.GuaranteedAmount);
        Assert.Equal(400_000m, answer.MaxEligibleAmount);
    }

    [Fact]
    public void An_unknown_borrower_and_a_non_consenting_one_get_the_same_answer()
    {
        var facility = Terms.Facility();
        var unknown = Eligibility.Evaluate(Terms.Question(facility, borrower: null));
        var withheld = Eligibility.Evaluate(Terms.Question(facility, borrower: Terms.Borrower(isSme: false, shareWithBanks: false), borrowerCovered: 0m));

        Assert.False(unknown.Eligible);
        Assert.Equal(unknown.Rules, withheld.Rules);
        Assert.Equal((unknown.MaxEligibleAmount, unknown.GuaranteedAmount), (withheld.MaxEligibleAmount, withheld.GuaranteedAmount));
        Assert.Equal([Eligibility.RegisteredAndConsenting], unknown.FailedRules);
        Assert.DoesNotContain(unknown.Rules, rule => rule.Rule == Eligibility.Sme);
        Assert.Equal(0m, unknown.MaxEligibleAmount);
    }

    [Fact]
    public void A_borrower_that_is_not_an_sme_fails_and_no_amount_would_pass()
    {
        var answer = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(isSme: false)));

        Assert.Equal([Eligibility.Sme], answer.FailedRules);
        Assert.Equal(0m, answer.MaxEligibleAmount);
    }

    [Theory]
    [InlineData("MX", true)]
    [InlineData("mx", true)]
    [InlineData("PE", false)]
    public void The_country_must_be_eligible(string country, bool passes)
    {
        var answer = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), country: country));

        Assert.Equal(passes, answer.Eligible);
        Assert.Equal(passes, answer.Rules.Single(rule => rule.Rule == Eligibility.CountryEligible).Passed);
    }

    [Fact]
    public void The_purpose_must_be_eligible()
    {
        var answer = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), purpose: LoanPurpose.EnvironmentalManagement));

        Assert.Equal([Eligibility.PurposeEligible], answer.FailedRules);
        Assert.Contains("environmental-management", answer.Rules.Single(rule => rule.Rule == Eligibility.PurposeEligible).Detail);
    }

    [Fact]
    public void An_amount_exactly_at_the_per_borrower_maximum_passes_and_one_cent_over_fails()
    {
        Assert.True(Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), amount: 400_000m)).Eligible);

        var over = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), amount: 400_000.01m));
        Assert.Equal([Eligibility.WithinMaxPerBorrower, Eligibility.BorrowerExposureWithinMax], over.FailedRules);
        Assert.Equal(400_000m, over.MaxEligibleAmount);
    }

    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void The_window_includes_both_ends(string today, bool open)
    {
        var answer = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), today: DateOnly.Parse(today)));

        Assert.Equal(open, answer.Eligible);
        Assert.Equal(open ? 400_000m : 0m, answer.MaxEligibleAmount);
    }

    [Fact]
    public void The_amount_must_fit_the_remaining_capacity()
    {
        var facility = Terms.Facility(maxPortfolio: 1_000_000m);
        facility.Place(900_000m);

        Assert.True(Eligibility.Evaluate(Terms.Question(facility, Terms.Borrower(), amount: 100_000m)).Eligible);
        var over = Eligibility.Evaluate(Terms.Question(facility, Terms.Borrower(), amount: 100_000.01m));
        Assert.Equal([Eligibility.WithinRemainingCapacity], over.FailedRules);
        Assert.Equal(100_000m, over.MaxEligibleAmount);
    }

    [Fact]
    public void Loans_already_covered_plus_this_one_must_stay_within_the_per_borrower_maximum()
    {
        Assert.True(Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), amount: 100_000m, borrowerCovered: 300_000m)).Eligible);

        var over = Eligibility.Evaluate(Terms.Question(borrower: Terms.Borrower(), amount: 100_000.01m, borrowerCovered: 300_000m));
        Assert.Equal([Eligibility.BorrowerExposureWithinMax], over.FailedRules);
        Assert.Equal(100_000m, over.MaxEligibleAmount);
    }

    [Fact]
    public void The_guaranteed_amount_is_the_coverage_share_of_the_amount_in_cents()
    {
        Assert.Equal(50_000m, Terms.Facility(coverageRate: 0.5m).GuaranteedAmount(100_000m));
        Assert.Equal(35_000.00m, Terms.Facility(coverageRate: 0.35m).GuaranteedAmount(100_000.01m));
    }
}
