using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class DateValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Dictionary<string, string[]> Errors(Action<ValidationErrors> check)
    {
        var errors = new ValidationErrors();
        check(errors);
        return errors.ToDictionary();
    }

    [Theory]
    [InlineData("2000-01-01", true)]
    [InlineData("2026-11-30", true)]
    [InlineData("1999-12-31", false)]
    [InlineData("2026-12-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void A_past_fact_is_dated_from_2000_to_today_at_the_center(string day, bool accepted)
    {
        var errors = Errors(e => e.PastDay(DateOnly.Parse(day), "date", Today));

        Assert.Equal(accepted, errors.Count == 0);
        if (!accepted)
        {
            Assert.Equal(["Required: a date from 2000-01-01 to today at the center (2026-11-30)."], errors["date"]);
        }
    }

    [Theory]
    [InlineData("2000-01-01", true)]
    [InlineData("2031-11-30", true)]
    [InlineData("2031-12-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("0001-01-01", false)]
    public void A_plan_is_at_most_five_years_ahead(string day, bool accepted)
    {
        var errors = Errors(e => e.PlannedDay(DateOnly.Parse(day), "startsOn", Today));

        Assert.Equal(accepted, errors.Count == 0);
        if (!accepted)
        {
            Assert.Contains("5 years after today at the center (2031-11-30)", Assert.Single(errors["startsOn"]));
        }
    }

    [Fact]
    public void A_planned_instant_is_judged_by_its_day_at_the_center()
    {
        var mexico = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
        var at = new CenterTime(mexico, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        // 2031-12-01 03:00 UTC is still 2031-11-30 in Mexico City: the last planned day.
        var lastEvening = new DateTimeOffset(2031, 12, 1, 3, 0, 0, TimeSpan.Zero);

        Assert.Empty(Errors(e => e.PlannedTime(lastEvening, "startsAt", at)));
        Assert.Contains("startsAt", Errors(e => e.PlannedTime(lastEvening.AddHours(6), "startsAt", at)).Keys);
        Assert.Contains("startsAt", Errors(e => e.PlannedTime(DateTimeOffset.MinValue, "startsAt", at)).Keys);
        Assert.Contains("startsAt", Errors(e => e.PlannedTime(DateTimeOffset.MaxValue, "startsAt", at)).Keys);
    }

    [Fact]
    public void An_end_follows_its_start_within_the_longest_length()
    {
        var start = new DateOnly(2026, 1, 1);

        Assert.Empty(Errors(e => e.EndDay(start, start, "endsOn", "startsOn", Dates.LongestOffering)));
        Assert.Empty(Errors(e => e.EndDay(start, new DateOnly(2028, 1, 1), "endsOn", "startsOn", Dates.LongestOffering)));
        Assert.Equal(["Required: on or after startsOn, at most 2 years after it."],
            Errors(e => e.EndDay(start, new DateOnly(2028, 1, 2), "endsOn", "startsOn", Dates.LongestOffering))["endsOn"]);
        Assert.Equal(["Required: after disbursedOn, at most 30 years after it."],
            Errors(e => e.EndDay(start, start, "maturityOn", "disbursedOn", Dates.LongestLoan, mustFollow: true))["maturityOn"]);
        Assert.Empty(Errors(e => e.EndDay(start, null, "termEnd", "termStart", Dates.LongestBoardTerm, optional: true)));
        // A start out of every window has its own error; its end is not judged against it (nor overflows).
        Assert.Empty(Errors(e => e.EndDay(DateOnly.MaxValue, DateOnly.MaxValue, "endsOn", "startsOn", Dates.LongestOffering)));
    }

    [Fact]
    public void An_event_lasts_at_most_31_days()
    {
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(-6));

        Assert.Empty(Errors(e => e.EndTime(start, start.AddDays(31), "endsAt", "startsAt", Dates.LongestEvent)));
        Assert.Equal(["Required: after startsAt, at most 31 days after it."],
            Errors(e => e.EndTime(start, start.AddDays(31).AddMinutes(1), "endsAt", "startsAt", Dates.LongestEvent))["endsAt"]);
        Assert.Contains("endsAt", Errors(e => e.EndTime(start, start, "endsAt", "startsAt", Dates.LongestEvent)).Keys);
        Assert.Empty(Errors(e => e.EndTime(DateTimeOffset.MaxValue.AddDays(-1), DateTimeOffset.MaxValue, "endsAt", "startsAt", Dates.LongestEvent)));
    }

    [Fact]
    public void A_filter_day_keeps_to_2000_through_2100_and_may_be_absent()
    {
        Assert.Empty(Errors(e => e.FilterDay(null, "from")));
        Assert.Empty(Errors(e => e.FilterDay(new DateOnly(2100, 12, 31), "to")));
        Assert.Equal(["When given: a date from 2000-01-01 to 2100-12-31."], Errors(e => e.FilterDay(DateOnly.MaxValue, "to"))["to"]);
        Assert.Contains("from", Errors(e => e.FilterDay(DateOnly.MinValue, "from")).Keys);
    }
}
