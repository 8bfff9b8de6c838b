using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// The calendar window every date and date-time the platform accepts keeps to, so nothing from year 1 or 9999 gets in
/// (the README lists the fields): nothing before <see cref="Earliest"/>; a fact (assessed, implemented, measured, taken,
/// disbursed, reported as of) no later than today at the center; a plan (an event, an offering and its sessions, a
/// placement window, a board term or meeting) at most <see cref="PlanningYears"/> years after today; an end not before
/// its start and no longer after it than the thing can last; a query filter within <see cref="Earliest"/> to
/// <see cref="LatestFilter"/>.
/// </summary>
public static class Dates
{
    /// <summary>The programs' records start with the century: an earlier date is a typing error.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public const int PlanningYears = 5;

    /// <summary>The last day a query filter may name (as the question year filter: 2000 to 2100).</summary>
    public static readonly DateOnly LatestFilter = new(2100, 12, 31);

    public static readonly DateLength LongestEvent = DateLength.OfDays(31);
    public static readonly DateLength LongestOffering = DateLength.OfYears(2);

    /// <summary>A baseline or a measurement period.</summary>
    public static readonly DateLength LongestReadingPeriod = DateLength.OfYears(5);
    public static readonly DateLength LongestPlacementWindow = DateLength.OfYears(10);
    public static readonly DateLength LongestLoan = DateLength.OfYears(30);
    public static readonly DateLength LongestBoardTerm = DateLength.OfYears(10);

    public static DateOnly LatestPlanned(DateOnly today) => today.AddYears(PlanningYears);

    /// <summary>A day something happened: from <see cref="Earliest"/> to <paramref name="today"/>.</summary>
    public static bool IsPast(DateOnly day, DateOnly today) => day >= Earliest && day <= today;

    /// <summary>A day something is planned for: from <see cref="Earliest"/> (recorded afterwards) to <see cref="PlanningYears"/> years ahead.</summary>
    public static bool IsPlanned(DateOnly day, DateOnly today) => day >= Earliest && day <= LatestPlanned(today);

    /// <summary>A planned instant, judged by its calendar day at the center.</summary>
    public static bool IsPlanned(DateTimeOffset instant, CenterTime at) =>
        IsRepresentable(instant) && IsPlanned(at.DayOf(instant), at.Today);

    public static bool IsFilter(DateOnly day) => day >= Earliest && day <= LatestFilter;

    /// <summary>Far enough from year 1 and 9999 that a time zone or a length can be applied to it.</summary>
    internal static bool IsRepresentable(DateTimeOffset instant) => IsFilter(DateOnly.FromDateTime(instant.UtcDateTime));
}
