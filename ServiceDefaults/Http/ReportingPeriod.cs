using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// The days an indicator counts, both ends included, as donors' reports state them (<c>?from=&amp;to=</c>), in the
/// calendar of the center asked about (UTC for all centers together). Without them: the calendar year so far.
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To, CenterTime At)
{
    /// <summary>The first instant of the period: midnight of <see cref="From"/> at the center.</summary>
    public DateTimeOffset Start => At.StartOf(From);

    /// <summary>The first instant after the period (exclusive).</summary>
    public DateTimeOffset End => At.StartOf(To.AddDays(1));

    /// <summary>The period asked for, or null with the reason added to <paramref name="errors"/>.</summary>
    public static ReportingPeriod? Read(DateOnly? from, DateOnly? to, CenterTime at, ValidationErrors errors)
    {
        errors.FilterDay(from, "from");
        errors.FilterDay(to, "to");
        if (errors.Any)
        {
            return null;
        }
        var today = at.Today;
        var period = new ReportingPeriod(from ?? new DateOnly(today.Year, 1, 1), to ?? today, at);
        errors.Check(period.To >= period.From, "to", "On or after from.");
        return errors.Any ? null : period;
    }
}
