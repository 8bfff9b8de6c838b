using System.Text;
using System.Text.Encodings.Web;
using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Reports;

/// <summary>
/// A printable progress report: the program's header, then per level each indicator with a bar per progress line
/// (percent of target, coloured by status, figures written out) and a chart of its actual over time. One self-contained
/// page: inline CSS and SVG only, no script, nothing fetched; every text HTML-encoded.
/// </summary>
public static class ProgressReportHtml
{
    private static readonly (IndicatorLevel Level, string Heading)[] Levels =
    [
        (IndicatorLevel.Goal, "Goal"), (IndicatorLevel.Purpose, "Purpose"), (IndicatorLevel.Component, "Components"), (IndicatorLevel.Activity, "Activities"),
    ];

    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        header { border-bottom: 2px solid #333; margin-bottom: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        dl.program { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
        dl.program dt { font-weight: bold; }
        dl.program dd { margin: 0; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #999; }
        article.indicator { margin: 0 0 1.5rem; padding: .75rem 1rem; border: 1px solid #ddd; border-radius: 4px; }
        h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
        h3 .ref { display: inline-block; min-width: 2.5rem; color: #555; }
        p.about { margin: 0 0 .5rem; color: #555; font-size: .9rem; }
        table.lines { width: 100%; border-collapse: collapse; font-size: .9rem; }
        table.lines th { text-align: left; font-weight: normal; white-space: nowrap; padding: .15rem .75rem .15rem 0; width: 12rem; }
        table.lines td { padding: .15rem 0; }
        td.figures { white-space: nowrap; padding-left: .75rem; width: 18rem; }
        .bar { height: .9rem; background: #eee; border-radius: 2px; overflow: hidden; }
        .fill { height: 100%; background: #9e9e9e; }
        .achieved .fill { background: #2e7d32; }
        .on-track .fill { background: #1565c0; }
        .at-risk .fill { background: #c62828; }
        .not-started .fill { background: #9e9e9e; }
        .status { font-weight: bold; }
        .achieved .status { color: #2e7d32; }
        .on-track .status { color: #1565c0; }
        .at-risk .status { color: #c62828; }
        figure { margin: .75rem 0 0; }
        svg.chart { width: 100%; height: auto; font-size: 11px; }
        svg .axis { stroke: #333; }
        svg .grid { stroke: #e0e0e0; }
        svg .tick, svg .month, svg .empty { fill: #555; }
        svg .actual { fill: none; stroke: #1565c0; stroke-width: 2; }
        svg .point { fill: #1565c0; }
        svg .target { stroke: #c62828; stroke-width: 1.5; }
        svg .target-label { fill: #c62828; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          article.indicator { break-inside: avoid; page-break-inside: avoid; border: none; padding: 0; }
          h2 { break-after: avoid; page-break-after: avoid; }
          .bar, .fill { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    public static string Render(ProgramProgress progress)
    {
        var program = progress.Program;
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{Encode($"{program.Code} {program.Title}: progress as of {ReportLayout.Day(progress.AsOf)}")}</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>");
        AppendHeader(html, progress);
        foreach (var (level, heading) in Levels)
        {
            var ofLevel = progress.Indicators.Where(indicator => indicator.Level == level).ToList();
            if (ofLevel.Count == 0)
            {
                continue;
            }
            html.Append($"<section class=\"level\"><h2>{heading}</h2>");
            foreach (var indicator in ofLevel)
            {
                AppendIndicator(html, progress, indicator);
            }
            html.Append("</section>");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendHeader(StringBuilder html, ProgramProgress progress)
    {
        var program = progress.Program;
        html.Append($"<header><h1>{Encode(program.Code)}: {Encode(program.Title)}</h1><dl class=\"program\">")
            .Append($"<dt>Donor</dt><dd>{Encode(program.Donor)}</dd>")
            .Append($"<dt>Period</dt><dd>{ReportLayout.Day(program.StartsOn)} to {ReportLayout.Day(program.EndsOn)}</dd>")
            .Append($"<dt>Centers</dt><dd>{Encode(string.Join(", ", program.CenterIds))}</dd>");
        if (progress.CenterId is { } center)
        {
            html.Append($"<dt>Center shown</dt><dd>{Encode(center)}</dd>");
        }
        if (progress.Year is { } year)
        {
            html.Append($"<dt>Year shown</dt><dd>{year}</dd>");
        }
        html.Append($"<dt>As of</dt><dd>{ReportLayout.Day(progress.AsOf)}</dd></dl></header>");
    }

    private static void AppendIndicator(StringBuilder html, ProgramProgress progress, IndicatorProgress indicator)
    {
        html.Append($"<article class=\"indicator\"><h3><span class=\"ref\">{Encode(indicator.Ref)}</span> {Encode(indicator.Title)}</h3>")
            .Append($"<p class=\"about\">Measure: {Encode(indicator.Measure)} ({Encode(indicator.Unit)})");
        if (indicator.MeansOfVerification is { } means)
        {
            html.Append($". Means of verification: {Encode(means)}");
        }
        html.Append("</p><table class=\"lines\"><tbody>");
        foreach (var line in ReportLayout.InReportOrder(progress.Program, indicator.Targets))
        {
            AppendLine(html, indicator, line);
        }
        var chartTarget = indicator.Targets.FirstOrDefault(line => line.CenterId == progress.CenterId && line.Year is null)?.Target;
        html.Append("</tbody></table><figure>")
            .Append(SvgChart.Line(indicator.History, chartTarget, $"{indicator.Ref} {indicator.Title}: actual at the end of each month"))
            .Append("</figure></article>");
    }

    /// <summary>A bar as wide as the percent of target (full beyond 100%), with the figures written beside it.</summary>
    private static void AppendLine(StringBuilder html, IndicatorProgress indicator, TargetProgress line)
    {
        var scope = $"{line.CenterId ?? "Total"}, {(line.Year is null ? "whole period" : ReportLayout.Year(line))}";
        var percent = ReportLayout.Percent(line.PercentOfTarget);
        var width = line.PercentOfTarget is { } value ? ReportLayout.Percent(Math.Clamp(value, 0, 100)) : "0";
        var status = ReportLayout.Status(line.Status);
        var figures = line.Target is { } target
            ? $"{ReportLayout.ReadableFigure(line.Actual)} of {ReportLayout.ReadableFigure(target)}{(percent.Length > 0 ? $" ({percent}%)" : "")}"
            : $"{ReportLayout.ReadableFigure(line.Actual)} (no target)";
        html.Append($"<tr class=\"line {(status.Length > 0 ? status : "no-target")}\"><th scope=\"row\">{Encode(scope)}</th>")
            .Append($"<td><div class=\"bar\" role=\"progressbar\" aria-label=\"{Encode($"{indicator.Ref} {scope}")}\" aria-valuemin=\"0\" aria-valuemax=\"100\"")
            .Append(percent.Length > 0 ? $" aria-valuenow=\"{percent}\"" : "")
            .Append($"><div class=\"fill\" style=\"width: {width}%\"></div></div></td>")
            .Append($"<td class=\"figures\">{Encode(figures)}{(status.Length > 0 ? $" <span class=\"status\">{status.Replace('-', ' ')}</span>" : "")}</td></tr>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
