using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class ReportingPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly CenterTime InUtc = new(TimeZoneInfo.Utc, new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Without_dates_the_period_is_the_calendar_year_so_far()
    {
        var period = ReportingPeriod.Read(null, null, InUtc, new ValidationErrors());

        Assert.Equal(new ReportingPeriod(new DateOnly(2026, 1, 1), Today, InUtc), period);
    }

    [Fact]
    public void Both_ends_are_included_from_midnight_to_midnight_utc_for_all_centers()
    {
        var period = ReportingPeriod.Read(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), InUtc, new ValidationErrors())!;

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), period.End);
    }

    [Fact]
    public void For_one_center_the_days_run_from_its_own_midnight_and_today_is_its_date()
    {
        // 05:30 UTC on 1 December is still 30 November, 23:30, in Mexico City (UTC-6).
        var chihuahua = new CenterTime(TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City"), new DateTimeOffset(2026, 12, 1, 5, 30, 0, TimeSpan.Zero));

        var period = ReportingPeriod.Read(new DateOnly(2026, 11, 1), null, chihuahua, new ValidationErrors())!;

        Assert.Equal(new DateOnly(2026, 11, 30), period.To);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), period.End);
    }

    [Fact]
    public void A_single_day_is_a_period_and_an_end_before_the_start_names_to()
    {
        var errors = new ValidationErrors();

        Assert.NotNull(ReportingPeriod.Read(Today, Today, InUtc, new ValidationErrors()));
        Assert.Null(ReportingPeriod.Read(Today, Today.AddDays(-1), InUtc, errors));
        Assert.Equal(["to"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Ends_outside_the_filter_window_are_refused_rather_than_overflowing()
    {
        var errors = new ValidationErrors();

        Assert.Null(ReportingPeriod.Read(DateOnly.MinValue, DateOnly.MaxValue, InUtc, errors));
        Assert.Equal(["from", "to"], errors.ToDictionary().Keys.Order());
    }
}
