namespace CpPlatform.ServiceDefaults.Time;

/// <summary>An instant as a center lives it: the calendar day in its time zone, and when each of its days begins.</summary>
public sealed record CenterTime(TimeZoneInfo Zone, DateTimeOffset Now)
{
    public DateOnly Today => DayOf(Now);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The first instant of <paramref name="day"/> at the center, in UTC (as instants are stored).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        // Where clocks jump forward at midnight, the day begins at the first minute that exists.
        while (Zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(1);
        }
        // Where they fall back over midnight, it begins at the earlier of the two instants that read 00:00.
        var offset = Zone.IsAmbiguousTime(start) ? Zone.GetAmbiguousTimeOffsets(start).Max() : Zone.GetUtcOffset(start);
        return new DateTimeOffset(start, offset).ToUniversalTime();
    }
}
