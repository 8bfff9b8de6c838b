using System.Text;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Monitoring.Reports;

/// <summary>
/// The donor's logframe table as CSV (RFC 4180, UTF-8): one row per progress line, the whole program's rows first, then
/// each center's, every indicator of a scope in logframe order.
/// </summary>
public static class LogframeCsv
{
    public const string Header = "level,ref,indicator,means of verification,center,year,target,actual,percent,status";

    /// <summary>The file as sent: UTF-8 with its byte order mark, without which spreadsheets read "Capacitación" as Windows-1252.</summary>
    public static byte[] ToUtf8(ProgramProgress progress) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(ToCsv(progress))];

    /// <summary><c>logframe-TC-02-02-01-2-2004-06-30.csv</c>: the code with anything but letters, digits and hyphens made a hyphen.</summary>
    public static string FileName(ProgramProgress progress)
    {
        var code = string.Concat(progress.Program.Code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        return $"logframe-{code}-{ReportLayout.Day(progress.AsOf)}.csv";
    }

    public static string ToCsv(ProgramProgress progress)
    {
        var rows = ReportLayout.InLogframeOrder(progress)
            .SelectMany((indicator, position) => indicator.Targets.Select(line => (Indicator: indicator, Position: position, Line: line)))
            .OrderBy(row => ReportLayout.CenterRank(progress.Program, row.Line.CenterId)).ThenBy(row => row.Line.CenterId, StringComparer.Ordinal)
            .ThenBy(row => row.Position).ThenBy(row => row.Line.Year ?? int.MinValue);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var (indicator, _, line) in rows)
        {
            csv.AppendJoin(',',
                ReportLayout.Level(indicator.Level),
                CsvField.Of(indicator.Ref),
                CsvField.Of(indicator.Title),
                CsvField.Of(indicator.MeansOfVerification ?? ""),
                CsvField.Of(ReportLayout.Center(line)),
                ReportLayout.Year(line),
                line.Target is { } target ? ReportLayout.Figure(target) : "",
                ReportLayout.Figure(line.Actual),
                ReportLayout.Percent(line.PercentOfTarget),
                ReportLayout.Status(line.Status)).Append("\r\n");
        }
        return csv.ToString();
    }
}
