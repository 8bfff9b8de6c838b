namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// The days an indicator counts, both ends included, as donors' reports state them (<c>?from=&amp;to=</c>).
/// Without them: the calendar year so far. Stored instants are compared in UTC from midnight to midnight.
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => StartOfDay(From);

    /// <summary>The first instant after the period (exclusive).</summary>
    public DateTimeOffset End => StartOfDay(To.AddDays(1));

    /// <summary>The period asked for, or null with the reason added to <paramref name="errors"/>.</summary>
    public static ReportingPeriod? Read(DateOnly? from, DateOnly? to, DateOnly today, ValidationErrors errors)
    {
        errors.FilterDay(from, "from");
        errors.FilterDay(to, "to");
        if (errors.Any)
        {
            return null;
        }
        var period = new ReportingPeriod(from ?? new DateOnly(today.Year, 1, 1), to ?? today);
        errors.Check(period.To >= period.From, "to", "On or after from.");
        return errors.Any ? null : period;
    }

    private static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
