using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Tests.Domain;

public class ProgressStatusRuleTests
{
    private static readonly DateOnly From = new(2004, 1, 1);
    private static readonly DateOnly To = new(2004, 1, 10);

    [Theory]
    [InlineData("2003-12-31", 0, ProgressStatus.NotStarted)]
    [InlineData("2003-12-31", 50, ProgressStatus.NotStarted)]
    [InlineData("2004-01-01", 10, ProgressStatus.OnTrack)] // 1 day of 10 gone, 10% done
    [InlineData("2004-01-01", 9.99, ProgressStatus.AtRisk)]
    [InlineData("2004-01-05", 50, ProgressStatus.OnTrack)]
    [InlineData("2004-01-05", 49, ProgressStatus.AtRisk)]
    [InlineData("2004-01-10", 99, ProgressStatus.AtRisk)]
    [InlineData("2004-01-10", 100, ProgressStatus.Achieved)]
    [InlineData("2004-01-02", 120, ProgressStatus.Achieved)]
    [InlineData("2005-06-01", 99, ProgressStatus.AtRisk)]
    public void Status_compares_the_actual_with_the_share_of_the_window_elapsed(string asOf, double actual, ProgressStatus expected) =>
        Assert.Equal(expected, ProgressStatusRule.Of(100m, (decimal)actual, From, To, DateOnly.Parse(asOf)));

    [Fact]
    public void Without_a_target_there_is_no_status_and_no_percent()
    {
        Assert.Null(ProgressStatusRule.Of(null, 5m, From, To, To));
        Assert.Null(ProgressStatusRule.PercentOf(null, 5m));
        Assert.Null(ProgressStatusRule.PercentOf(0m, 5m));
    }

    [Fact]
    public void A_target_of_zero_is_achieved_once_started() => Assert.Equal(ProgressStatus.Achieved, ProgressStatusRule.Of(0m, 0m, From, To, From));

    [Fact]
    public void Percent_is_unrounded() => Assert.Equal(100m / 3, ProgressStatusRule.PercentOf(3m, 1m));
}
