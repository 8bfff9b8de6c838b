using System.Globalization;
using System.Text.RegularExpressions;

namespace CpPlatform.Monitoring.Domain;

/// <summary>
/// The period a value reported by staff covers: a year (<c>2004</c>), a quarter (<c>2004-Q2</c>) or a month
/// (<c>2004-03</c>). It counts for a window when its last day falls in it.
/// </summary>
public sealed partial record ReportedPeriod(string Text, DateOnly FirstDay, DateOnly LastDay)
{
    public const string Rule = "A year (2004), a quarter (2004-Q2) or a month (2004-03).";

    public static ReportedPeriod? Parse(string? text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (firstMonth, months) = match.Groups["quarter"].Success
            ? ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 3)
            : match.Groups["month"].Success
                ? (int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1)
                : (1, 12);
        var first = new DateOnly(year, firstMonth, 1);
        return new ReportedPeriod(text!, first, first.AddMonths(months).AddDays(-1));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-Q(?<quarter>[1-4])|-(?<month>0[1-9]|1[0-2]))?$")]
    private static partial Regex Pattern();
}
