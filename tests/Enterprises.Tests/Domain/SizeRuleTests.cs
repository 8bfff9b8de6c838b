using CpPlatform.Enterprises.Domain;

namespace CpPlatform.Enterprises.Tests.Domain;

public class SizeRuleTests
{
    private static readonly SizeRule Rule = SizeRule.Default;

    [Theory]
    [InlineData(0, SizeClass.Micro)]
    [InlineData(9, SizeClass.Micro)]
    [InlineData(10, SizeClass.Small)]
    [InlineData(49, SizeClass.Small)]
    [InlineData(50, SizeClass.Medium)]
    [InlineData(249, SizeClass.Medium)]
    [InlineData(250, SizeClass.Large)]
    [InlineData(12_000, SizeClass.Large)]
    public void Default_thresholds_are_exclusive_upper_bounds(int employees, SizeClass expected) =>
        Assert.Equal(expected, Rule.Classify(employees));

    [Theory]
    [InlineData(30, 4_999_999.99, true)]
    [InlineData(30, 5_000_000, false)]
    [InlineData(30, 5_000_000.01, false)]
    [InlineData(249, 0, true)]
    [InlineData(250, 100_000, false)]
    [InlineData(5, 0, true)]
    public void An_sme_is_not_large_and_sells_under_five_million(int employees, double annualSalesUsd, bool expected) =>
        Assert.Equal(expected, Rule.IsSme(employees, (decimal)annualSalesUsd));

    [Fact]
    public void A_center_can_set_its_own_thresholds()
    {
        var rule = new SizeRule(MicroBelowEmployees: 11, SmallBelowEmployees: 51, MediumBelowEmployees: 101, SmeBelowAnnualSalesUsd: 1_000_000m);

        Assert.Equal(SizeClass.Micro, rule.Classify(10));
        Assert.Equal(SizeClass.Small, rule.Classify(50));
        Assert.Equal(SizeClass.Large, rule.Classify(101));
        Assert.False(rule.IsSme(20, 1_000_000m));
        Assert.Empty(rule.Problems());
    }

    [Fact]
    public void Thresholds_out_of_order_are_reported_by_field()
    {
        var problems = new SizeRule(10, 10, 5, 0).Problems().Select(problem => problem.Field).ToList();

        Assert.Equal(["smallBelowEmployees", "mediumBelowEmployees", "smeBelowAnnualSalesUsd"], problems);
    }
}
