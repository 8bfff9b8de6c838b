using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class ReportingPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Without_dates_the_period_is_the_calendar_year_so_far()
    {
        var period = ReportingPeriod.Read(null, null, Today, new ValidationErrors());

        Assert.Equal(new ReportingPeriod(new DateOnly(2026, 1, 1), Today), period);
    }

    [Fact]
    public void Both_ends_are_included_from_midnight_to_midnight_utc()
    {
        var period = ReportingPeriod.Read(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Today, new ValidationErrors())!;

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), period.End);
    }

    [Fact]
    public void A_single_day_is_a_period_and_an_end_before_the_start_names_to()
    {
        var errors = new ValidationErrors();

        Assert.NotNull(ReportingPeriod.Read(Today, Today, Today, new ValidationErrors()));
        Assert.Null(ReportingPeriod.Read(Today, Today.AddDays(-1), Today, errors));
        Assert.Equal(["to"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Ends_outside_the_filter_window_are_refused_rather_than_overflowing()
    {
        var errors = new ValidationErrors();

        Assert.Null(ReportingPeriod.Read(DateOnly.MinValue, DateOnly.MaxValue, Today, errors));
        Assert.Equal(["from", "to"], errors.ToDictionary().Keys.Order());
    }
}
