using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Tests.Domain;

public class ReportedPeriodTests
{
    [Theory]
    [InlineData("2004", "2004-01-01", "2004-12-31")]
    [InlineData("2004-Q1", "2004-01-01", "2004-03-31")]
    [InlineData("2004-Q2", "2004-04-01", "2004-06-30")]
    [InlineData("2004-Q4", "2004-10-01", "2004-12-31")]
    [InlineData("2004-02", "2004-02-01", "2004-02-29")]
    [InlineData("2005-12", "2005-12-01", "2005-12-31")]
    public void A_year_a_quarter_or_a_month_spans_its_days(string text, string first, string last)
    {
        var period = ReportedPeriod.Parse(text)!;
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (period.FirstDay, period.LastDay));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("04")]
    [InlineData("2004-Q5")]
    [InlineData("2004-13")]
    [InlineData("2004-00")]
    [InlineData("2004-3")]
    [InlineData("2004-q2")]
    [InlineData("2004-01-01")]
    public void Anything_else_is_not_a_period(string? text) => Assert.Null(ReportedPeriod.Parse(text));
}
