using System.Globalization;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Monitoring.Reports;

/// <summary>The order and wording both reports share, so the table and the printed page list the same lines alike.</summary>
internal static class ReportLayout
{
    /// <summary>Goal, purpose, components, activities; within a level, as the logframe lists them.</summary>
    public static IEnumerable<IndicatorProgress> InLogframeOrder(ProgramProgress progress) =>
        progress.Indicators.OrderBy(indicator => indicator.Level);

    /// <summary>The program's lines first, then each center in the program's order; the whole period before its years.</summary>
    public static IEnumerable<TargetProgress> InReportOrder(ProgramSummary program, IEnumerable<TargetProgress> lines) =>
        lines.OrderBy(line => CenterRank(program, line.CenterId)).ThenBy(line => line.CenterId, StringComparer.Ordinal)
            .ThenBy(line => line.Year ?? int.MinValue);

    /// <summary>-1 for the whole program, then the center's place in the program (a center it no longer lists, last).</summary>
    public static int CenterRank(ProgramSummary program, string? centerId)
    {
        if (centerId is null)
        {
            return -1;
        }
        for (var index = 0; index < program.CenterIds.Count; index++)
        {
            if (program.CenterIds[index] == centerId)
            {
                return index;
            }
        }
        return int.MaxValue;
    }

    public static string Center(TargetProgress line) => line.CenterId ?? "total";

    public static string Year(TargetProgress line) => line.Year?.ToString(CultureInfo.InvariantCulture) ?? "all";

    public static string Level(IndicatorLevel level) => KebabCase.Name(level);

    public static string Status(ProgressStatus? status) => status is { } known ? KebabCase.Name(known) : "";

    /// <summary>Percent of target to one decimal, as a donor's table shows it; empty without a target.</summary>
    public static string Percent(decimal? percent) =>
        percent is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "";

    /// <summary>A count or an amount as written in the CSV: no thousands separator, at most two decimals.</summary>
    public static string Figure(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A count or an amount as a reader sees it on the page: 1,200 and 12,345.67.</summary>
    public static string ReadableFigure(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
