namespace CpPlatform.Monitoring.Domain;

public static class ProgressHistory
{
    /// <summary>
    /// The days a program's chart has a point for: the end of each month from its start, the last one cut at
    /// <paramref name="asOf"/> (or the program's end); none before the program starts.
    /// </summary>
    public static IReadOnlyList<DateOnly> MonthEnds(DateOnly startsOn, DateOnly endsOn, DateOnly asOf)
    {
        var last = asOf < endsOn ? asOf : endsOn;
        var days = new List<DateOnly>();
        for (var month = new DateOnly(startsOn.Year, startsOn.Month, 1); month <= last; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            days.Add(end < last ? end : last);
        }
        return days;
    }
}
