using System.Text.RegularExpressions;
using CpPlatform.Monitoring.Domain;
using CpPlatform.Monitoring.Reports;
using static CpPlatform.Monitoring.Tests.Reports.SeedProgramProgress;

namespace CpPlatform.Monitoring.Tests.Reports;

public class ProgressReportHtmlTests
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public void The_header_names_the_program_its_donor_period_centers_and_day()
    {
        var html = ProgressReportHtml.Render(Build());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>TC-02-02-01-2: Cleaner production in SMEs of Chihuahua and Tabasco</h1>", html);
        Assert.Contains("<dt>Donor</dt><dd>idb</dd>", html);
        Assert.Contains("<dt>Period</dt><dd>2003-01-01 to 2005-12-31</dd>", html);
        Assert.Contains("<dt>Centers</dt><dd>mx-chihuahua, mx-tabasco</dd>", html);
        Assert.Contains("<dt>As of</dt><dd>2004-06-30</dd>", html);
    }

    [Fact]
    public void Indicators_are_grouped_by_level_from_goal_to_activities_each_level_as_the_logframe_lists_them()
    {
        var html = ProgressReportHtml.Render(Build() with { Indicators = [.. Build().Indicators.Reverse()] });

        var headings = Regex.Matches(html, "<h2>([^<]+)</h2>").Select(match => match.Groups[1].Value);
        Assert.Equal(["Goal", "Purpose", "Components", "Activities"], headings);
        var refs = Regex.Matches(html, "<span class=\"ref\">([^<]+)</span>").Select(match => match.Groups[1].Value);
        Assert.Equal(["G", "P", "C4", "C3", "C2.2", "C2.1", "C1.2", "C1.1", "A4", "A3", "A2", "A1"], refs);
    }

    [Fact]
    public void Every_progress_line_has_one_bar_as_wide_as_its_percent_coloured_by_status_with_the_figures_written_out()
    {
        var progress = Build();

        var html = ProgressReportHtml.Render(progress);

        Assert.Equal(progress.Indicators.Sum(indicator => indicator.Targets.Count), Regex.Count(html, "role=\"progressbar\""));
        Assert.Contains("<tr class=\"line on-track\"><th scope=\"row\">Total, whole period</th>", html);
        Assert.Contains("aria-label=\"C1.1 Total, whole period\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"54.6\"><div class=\"fill\" style=\"width: 54.6%\">", html);
        Assert.Contains("655 of 1,200 (54.6%) <span class=\"status\">on track</span>", html);
        Assert.Contains("41 (no target)", html);
    }

    [Fact]
    public void A_bar_beyond_its_target_stays_full_width_and_says_how_far_beyond()
    {
        var progress = Build(null, Indicator(IndicatorLevel.Activity, "A6", "Kickoff participants", "event-attendance", "attendances", null, (100, 250), [], []));

        var html = ProgressReportHtml.Render(progress);

        Assert.Contains("aria-valuenow=\"250.0\"><div class=\"fill\" style=\"width: 100.0%\">", html);
        Assert.Contains("250 of 100 (250.0%) <span class=\"status\">achieved</span>", html);
    }

    [Fact]
    public void Each_indicator_has_its_chart()
    {
        var progress = Build();

        var html = ProgressReportHtml.Render(progress);

        Assert.Equal(progress.Indicators.Count, Regex.Count(html, "<svg "));
        Assert.Equal(progress.Indicators.Count, Regex.Count(html, "<article class=\"indicator\">"));
    }

    [Fact]
    public void Every_text_is_encoded_so_a_hostile_title_is_shown_not_run()
    {
        var program = Summary with { Code = Hostile, Title = Hostile, Donor = Hostile, CenterIds = [Hostile] };
        var hostile = Indicator(IndicatorLevel.Goal, Hostile, Hostile, Hostile, Hostile, Hostile, (10, 5), [(10, 5)], []);

        var html = ProgressReportHtml.Render(Build(program, hostile));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'x'", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
    }

    [Fact]
    public void The_page_is_self_contained_with_no_script_and_nothing_fetched()
    {
        var html = ProgressReportHtml.Render(Build());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("https?://", html);
        Assert.DoesNotMatch(@"\b(src|href)=|url\(|@import|<link", html);
    }

    [Fact]
    public void Printed_an_indicator_keeps_to_one_page_in_its_colours()
    {
        var html = ProgressReportHtml.Render(Build());

        var print = html[html.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("article.indicator { break-inside: avoid; page-break-inside: avoid;", print);
        Assert.Contains("print-color-adjust: exact", print);
    }
}
