using System.Globalization;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>The one place request dates are checked against <see cref="Dates"/>; each error names the rule and its bounds.</summary>
public static class DateValidation
{
    /// <summary>A day that has happened, no later than <paramref name="today"/> at the center; required unless <paramref name="optional"/>.</summary>
    public static void PastDay(this ValidationErrors errors, DateOnly? value, string field, DateOnly today, bool optional = false) =>
        errors.Check(value is { } day ? Dates.IsPast(day, today) : optional, field,
            Rule(optional, $"a date from {Text(Dates.Earliest)} to today at the center ({Text(today)})"));

    /// <summary>A planned day, at most <see cref="Dates.PlanningYears"/> years after <paramref name="today"/>; required unless <paramref name="optional"/>.</summary>
    public static void PlannedDay(this ValidationErrors errors, DateOnly? value, string field, DateOnly today, bool optional = false) =>
        errors.Check(value is { } day ? Dates.IsPlanned(day, today) : optional, field, Rule(optional, PlannedRule(today)));

    /// <summary>A planned date-time, judged by its calendar day at the center; required.</summary>
    public static void PlannedTime(this ValidationErrors errors, DateTimeOffset? value, string field, CenterTime at) =>
        errors.Check(value is { } instant && Dates.IsPlanned(instant, at), field, Rule(optional: false, PlannedRule(at.Today)));

    /// <summary>An optional query filter's day.</summary>
    public static void FilterDay(this ValidationErrors errors, DateOnly? value, string field) =>
        errors.Check(value is not { } day || Dates.IsFilter(day), field,
            Rule(optional: true, $"a date from {Text(Dates.Earliest)} to {Text(Dates.LatestFilter)}"));

    /// <summary>
    /// An end on or after its start (strictly after when <paramref name="mustFollow"/>) and at most <paramref name="longest"/>
    /// later; required unless <paramref name="optional"/>. The length is judged only against a start within its own window,
    /// which has its own error otherwise.
    /// </summary>
    public static void EndDay(this ValidationErrors errors, DateOnly? start, DateOnly? end, string field, string startField, DateLength longest,
        bool mustFollow = false, bool optional = false)
    {
        var order = mustFollow ? $"after {startField}" : $"on or after {startField}";
        errors.Check(end is { } last ? start is not { } first || !Dates.IsFilter(first) || (mustFollow ? last > first : last >= first) && last <= longest.After(first) : optional,
            field, Rule(optional, $"{order}, at most {longest} after it"));
    }

    /// <summary>A required end after its start and at most <paramref name="longest"/> later.</summary>
    public static void EndTime(this ValidationErrors errors, DateTimeOffset? start, DateTimeOffset? end, string field, string startField, DateLength longest) =>
        errors.Check(end is { } last && (start is not { } first || !Dates.IsRepresentable(first) || last > first && last <= longest.After(first)),
            field, Rule(optional: false, $"after {startField}, at most {longest} after it"));

    private static string PlannedRule(DateOnly today) =>
        $"a date from {Text(Dates.Earliest)} to {Dates.PlanningYears} years after today at the center ({Text(Dates.LatestPlanned(today))})";

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Rule(bool optional, string rule) => $"{(optional ? "When given" : "Required")}: {rule}.";
}
