using System.Text.RegularExpressions;
using CpPlatform.Monitoring.Domain;
using CpPlatform.Monitoring.Reports;

namespace CpPlatform.Monitoring.Tests.Reports;

public class SvgChartTests
{
    private static readonly IReadOnlyList<ProgressPoint> ThreeYears = Enumerable.Range(1, 36)
        .Select(month => new ProgressPoint(new DateOnly(2003, 1, 1).AddMonths(month).AddDays(-1), month * 10))
        .ToList();

    [Fact]
    public void A_point_per_month_joined_by_a_line_with_the_target_dashed()
    {
        var svg = SvgChart.Line(ThreeYears, 400, "C2 Consultants trained");

        Assert.StartsWith("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 720 240\" aria-label=\"C2 Consultants trained\">", svg);
        Assert.Equal(36, Regex.Count(svg, "<circle "));
        Assert.Single(Regex.Matches(svg, "<polyline class=\"actual\""));
        Assert.Matches("<line class=\"target\"[^>]*stroke-dasharray=\"6 4\"", svg);
        Assert.Contains(">target 400</text>", svg);
        Assert.Contains("<title>2005-12-31: 360</title>", svg);
    }

    [Fact]
    public void The_axes_carry_round_figures_and_at_most_eight_month_labels()
    {
        var svg = SvgChart.Line(ThreeYears, 400, "chart");

        Assert.Equal(["0", "100", "200", "300", "400"], Regex.Matches(svg, "<text class=\"tick\"[^>]*>([^<]+)</text>").Select(match => match.Groups[1].Value));
        Assert.Equal(["Jan 2003", "Jun 2003", "Nov 2003", "Apr 2004", "Sep 2004", "Feb 2005", "Jul 2005", "Dec 2005"],
            Regex.Matches(svg, "<text class=\"month\"[^>]*>([^<]+)</text>").Select(match => match.Groups[1].Value));
        Assert.Equal(2, Regex.Count(svg, "<line class=\"axis\""));
    }

    [Fact]
    public void Without_a_target_there_is_no_dashed_line_and_without_figures_the_chart_says_so()
    {
        Assert.DoesNotContain("class=\"target\"", SvgChart.Line(ThreeYears, null, "chart"));

        var empty = SvgChart.Line([], 120, "chart");

        Assert.Contains(">No figures yet</text>", empty);
        Assert.DoesNotContain("<polyline", empty);
    }

    [Fact]
    public void One_month_sits_in_the_middle_and_small_figures_get_a_fine_axis()
    {
        var svg = SvgChart.Line([new ProgressPoint(new DateOnly(2003, 1, 31), 0.3m)], null, "chart");

        Assert.Contains("<circle class=\"point\" cx=\"380\"", svg);
        Assert.Equal(["0", "0.1", "0.2", "0.3", "0.4"], Regex.Matches(svg, "<text class=\"tick\"[^>]*>([^<]+)</text>").Select(match => match.Groups[1].Value));
    }
}
