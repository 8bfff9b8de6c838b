using System.Text;
using CpPlatform.Monitoring.Domain;
using CpPlatform.Monitoring.Reports;
using static CpPlatform.Monitoring.Tests.Reports.SeedProgramProgress;

namespace CpPlatform.Monitoring.Tests.Reports;

public class LogframeCsvTests
{
    [Fact]
    public void Every_progress_line_is_one_row_of_the_ten_columns()
    {
        var progress = Build();

        var rows = Parse(LogframeCsv.ToCsv(progress));

        Assert.Equal(LogframeCsv.Header.Split(','), rows[0]);
        Assert.Equal(["level", "ref", "indicator", "means of verification", "center", "year", "target", "actual", "percent", "status"], rows[0]);
        Assert.Equal(progress.Indicators.Sum(indicator => indicator.Targets.Count), rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(10, row.Length));
        Assert.Equal(["component", "C1.1", "Representatives of companies, government and industry associations reached", "Attendance lists", "total", "all",
            "1200", "655", "54.6", "on-track"], rows.Single(row => row[1] == "C1.1" && row[4] == "total" && row[5] == "all"));
    }

    [Fact]
    public void The_programs_rows_come_first_then_each_centers_each_in_logframe_order_and_the_whole_period_before_its_years()
    {
        var rows = Parse(LogframeCsv.ToCsv(Build())).Skip(1).ToList();

        Assert.Equal(["total", Chihuahua, Tabasco], rows.Select(row => row[4]).Distinct());
        Assert.True(rows.Select(row => row[4]).SequenceEqual(rows.Select(row => row[4]).OrderBy(center => center == "total" ? 0 : center == Chihuahua ? 1 : 2)),
            "rows grouped total, then mx-chihuahua, then mx-tabasco");
        var total = rows.Where(row => row[4] == "total").ToList();
        Assert.Equal(["goal", "purpose", "component", "activity"], total.Select(row => row[0]).Distinct());
        Assert.Equal(["all", "2003", "2004", "2005"], total.Where(row => row[1] == "C3").Select(row => row[5]));
        Assert.Equal(["G", "P", "C1.1", "C1.2", "C2.1", "C2.2", "C3", "C4", "A1", "A2", "A3", "A4"], total.Select(row => row[1]).Distinct());
    }

    [Fact]
    public void Levels_are_listed_goal_to_activities_whatever_order_the_indicators_came_in()
    {
        var progress = Build() with { Indicators = [.. Build().Indicators.Reverse()] };

        var levels = Parse(LogframeCsv.ToCsv(progress)).Skip(1).Where(row => row[4] == "total").Select(row => row[0]).Distinct();

        Assert.Equal(["goal", "purpose", "component", "activity"], levels);
    }

    [Fact]
    public void Percent_has_one_decimal_and_a_line_without_target_has_no_percent_nor_status()
    {
        var rows = Parse(LogframeCsv.ToCsv(Build())).Skip(1).ToList();

        Assert.Equal(["16", "16", "100.0", "achieved"], Cells(rows, "C3", "total", "2003")[6..]);
        Assert.Equal(["22", "9", "40.9", "at-risk"], Cells(rows, "C3", "total", "2004")[6..]);
        Assert.Equal(["22", "0", "0.0", "not-started"], Cells(rows, "C3", "total", "2005")[6..]);
        Assert.Equal(["", "41", "", ""], Cells(rows, "A4", "total", "all")[6..]);
        Assert.Equal(["100", "41", "41.0", "at-risk"], Cells(rows, "A4", Chihuahua, "all")[6..]);
        Assert.Equal(["16", "15", "93.8", "on-track"], Cells(rows, "C4", "total", "all")[6..]);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_as_RFC_4180_says()
    {
        var csv = LogframeCsv.ToCsv(Build());

        Assert.Contains(",P,Companies employing cleaner production techniques,\"Assessment reports, signed by the center's director\",total,all,", csv);
        Assert.Contains(",A4,\"\"\"Ask the Expert\"\" questions in Chihuahua\",,total,all,", csv);
        Assert.EndsWith("\r\n", csv);

        var multiline = Build(null, Indicator(IndicatorLevel.Activity, "A5", "Manuals\r\npublished", "manual", "manuals", "Copies", (3, 1), [], []));
        Assert.Equal("Manuals\r\npublished", Parse(LogframeCsv.ToCsv(multiline)).Single(row => row[1] == "A5")[2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string hostile)
    {
        var program = Summary with { Title = hostile };
        var progress = Build(program, Indicator(IndicatorLevel.Activity, hostile, hostile, "manual", "units", hostile, (1, 1), [], []));

        var row = Parse(LogframeCsv.ToCsv(progress)).Single(cells => cells[2] == "'" + hostile);

        Assert.Equal(["'" + hostile, "'" + hostile, "'" + hostile], new[] { row[1], row[2], row[3] });
    }

    [Fact]
    public void The_file_is_UTF_8_with_a_byte_order_mark_and_named_after_the_program_and_day()
    {
        var progress = Build(Summary with { Code = "TC-02/02 01-2" }, Indicator(IndicatorLevel.Activity, "A5", "Capacitación de técnicos", "manual", "people", null, (10, 4), [], []));

        var bytes = LogframeCsv.ToUtf8(progress);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("Capacitación de técnicos", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("logframe-TC-02-02-01-2-2004-06-30.csv", LogframeCsv.FileName(progress));
    }

    private static string[] Cells(List<string[]> rows, string reference, string center, string year) =>
        rows.Single(row => row[1] == reference && row[4] == center && row[5] == year);

    /// <summary>Reads RFC 4180 CSV back into rows of cells, as a spreadsheet would.</summary>
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }
        Assert.Empty(row);
        return rows;
    }
}
