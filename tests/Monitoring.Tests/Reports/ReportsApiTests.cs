using System.Net;
using System.Text;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Monitoring.Tests.Api;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Reports;

/// <summary>
/// The two report routes on the real service: what they add to the progress the caller may see (content types, file
/// name, the page's security policy) and that they read it by the progress endpoint's rules (query values, 404s).
/// </summary>
public class ReportsApiTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    private readonly string _north = NewCenterId();
    private readonly string _south = NewCenterId();

    private async Task<(Guid Id, string Csv, string Html)> ProgramAsync()
    {
        var id = await factory.ProgramWithAsync([_north, _south],
            NewIndicator("C1", "events-held", [Target(4), Target(2, _north), Target(2, _south)]));
        await factory.RecordAsync(_north, Activity(ProgramActivityNames.EventAttendance, Guid.NewGuid().ToString(), new DateOnly(2004, 5, 3),
            kind: "awareness-talk", category: "government", person: "ana@planta.mx", groupKey: "talk-1"));
        return (id, $"/api/monitoring/programs/{id}/report.csv", $"/api/monitoring/programs/{id}/report.html");
    }

    [Fact]
    public async Task The_csv_is_a_UTF_8_file_named_after_the_program_and_day_with_the_programs_figures()
    {
        var (_, csv, _) = await ProgramAsync();

        var response = await factory.AsNational().GetAsync($"{csv}?asOf=2005-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Matches("^logframe-TC-[0-9a-f]+-2005-12-31.csv$", response.Content.Headers.ContentDisposition?.FileName);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFlevel,ref,indicator,means of verification,center,year,target,actual,percent,status\r\n", text);
        Assert.Contains("component,C1,Indicator C1,Attendance sheets and the services' records,total,all,4,1,25.0,", text);
    }

    [Fact]
    public async Task A_center_reads_only_its_own_lines()
    {
        var (_, csv, _) = await ProgramAsync();

        var text = await factory.AsCenter(_south).GetStringAsync($"{csv}?asOf=2005-12-31");

        Assert.DoesNotContain(_north, text);
        Assert.DoesNotContain(",total,", text);
        Assert.Contains($",{_south},all,2,0,", text);
    }

    [Fact]
    public async Task The_html_is_a_page_that_may_run_nothing_and_fetch_nothing()
    {
        var (_, _, html) = await ProgramAsync();

        var response = await factory.AsDonor("idb").GetAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("asOf=1999-12-31", "asOf")]
    [InlineData("centerId=mx-nowhere", "centerId")]
    [InlineData("year=1", "year")]
    public async Task A_query_value_outside_the_program_is_a_400_naming_it(string query, string field)
    {
        var (_, csv, html) = await ProgramAsync();

        foreach (var route in new[] { csv, html })
        {
            var problem = await (await factory.AsNational().GetAsync($"{route}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.Errors(field));
        }
    }

    [Fact]
    public async Task Another_donors_program_another_centers_share_and_an_unknown_program_are_404_problems()
    {
        var (_, csv, html) = await ProgramAsync();

        foreach (var route in new[] { csv, html })
        {
            await (await factory.AsDonor("usaid").GetAsync(route)).ProblemAsync(HttpStatusCode.NotFound);
            await (await factory.AsCenter(_south).GetAsync($"{route}?centerId={_north}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await factory.AsNational().GetAsync($"/api/monitoring/programs/{Guid.NewGuid()}/{route.Split('/')[^1]}")).ProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Banks_tokens_without_the_monitoring_scope_and_anonymous_callers_are_refused()
    {
        var (_, csv, html) = await ProgramAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(TestTokens.Bank("banorte", "monitoring")).GetAsync(csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(TestTokens.National("events")).GetAsync(html)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient(token: null).GetAsync(csv)).StatusCode);
    }
}
