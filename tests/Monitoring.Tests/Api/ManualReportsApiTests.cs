using System.Net;
using System.Net.Http.Json;
using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using Microsoft.Extensions.DependencyInjection;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Api;

public sealed class ManualReportsApiTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    private static object Report(string period, decimal value, string? centerId = null) =>
        new { period, centerId, value, evidence = "https://example.org/manuals/2004" };

    private async Task<(Guid Program, Guid Indicator, string A, string B)> ManualIndicatorAsync(string donor = "idb")
    {
        string a = NewCenterId(), b = NewCenterId();
        var national = factory.AsNational();
        var programId = await national.CreateProgramAsync(NewProgram([a, b], donor));
        var indicatorId = await national.DefineIndicatorAsync(programId, NewIndicator("A7", "manual", [Target(20), Target(5, a, 2004)], level: "activity"));
        return (programId, indicatorId, a, b);
    }

    [Fact]
    public async Task Reported_values_count_where_their_periods_last_day_falls()
    {
        var (programId, indicatorId, a, _) = await ManualIndicatorAsync();
        var url = $"/api/monitoring/programs/{programId}/indicators/{indicatorId}/reports";
        await factory.AsNational().PostOkAsync(url, Report("2004", 3), HttpStatusCode.Created);
        await factory.AsCenter(a).PostOkAsync(url, Report("2004-Q2", 5), HttpStatusCode.Created);
        await factory.AsNational().PostOkAsync(url, Report("2005-01", 1.5m, a), HttpStatusCode.Created);

        var progress = await factory.AsNational().ProgressAsync(programId);

        Assert.Equal((9.5m, 6.5m, 8m, 1.5m), (progress.Actual("A7"), progress.Actual("A7", a), progress.Actual("A7", year: 2004), progress.Actual("A7", year: 2005)));
        Assert.Equal("achieved", progress.Line("A7", a, 2004).GetProperty("status").GetString());
        Assert.Equal(8m, (await factory.AsNational().ProgressAsync(programId, "asOf=2004-12-31")).Actual("A7"));
    }

    [Fact]
    public async Task A_period_reported_twice_is_a_409_and_only_manual_indicators_take_values()
    {
        var (programId, indicatorId, a, _) = await ManualIndicatorAsync();
        var national = factory.AsNational();
        var url = $"/api/monitoring/programs/{programId}/indicators/{indicatorId}/reports";
        await national.PostOkAsync(url, Report("2004-03", 1, a), HttpStatusCode.Created);
        await national.PostOkAsync(url, Report("2004-03", 1), HttpStatusCode.Created);

        Assert.Equal(["period"], (await (await national.PostAsJsonAsync(url, Report("2004-03", 2, a), HttpJson.Options)).ProblemAsync(HttpStatusCode.Conflict)).ErrorFields());
        Assert.Equal(["period"], (await (await factory.AsCenter(a).PostAsJsonAsync(url, Report("2004-03", 2), HttpJson.Options)).ProblemAsync(HttpStatusCode.Conflict)).ErrorFields());
        var computed = await national.DefineIndicatorAsync(programId, NewIndicator("A8", "expert-questions"));
        await (await national.PostAsJsonAsync($"/api/monitoring/programs/{programId}/indicators/{computed}/reports", Report("2004", 1), HttpJson.Options))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await national.PutAsJsonAsync($"/api/monitoring/programs/{programId}/indicators/{indicatorId}", NewIndicator("A7", "expert-questions"), HttpJson.Options))
            .ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_measure_change_waits_for_a_value_being_reported_and_then_keeps_the_indicator_manual()
    {
        var (programId, indicatorId, a, _) = await ManualIndicatorAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        await using var reporting = await db.Database.BeginTransactionAsync();
        Assert.NotNull(await db.ShareIndicatorAsync(programId, indicatorId, CancellationToken.None));
        db.ManualReports.Add(ManualReport.Record(indicatorId, ReportedPeriod.Parse("2004")!, a, 3m, "https://example.org/manuals/2004", "test", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        var change = factory.AsNational().PutAsJsonAsync(
            $"/api/monitoring/programs/{programId}/indicators/{indicatorId}", NewIndicator("A7", "expert-questions"), HttpJson.Options);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(change.IsCompleted, "The change did not wait for the value being reported.");
        await reporting.CommitAsync();

        Assert.Equal(["measure"], (await (await change).ProblemAsync(HttpStatusCode.Conflict)).ErrorFields());
    }

    [Fact]
    public async Task Bad_reports_are_400s_naming_each_field_and_a_center_reports_for_itself_only()
    {
        var (programId, indicatorId, a, b) = await ManualIndicatorAsync();
        var url = $"/api/monitoring/programs/{programId}/indicators/{indicatorId}/reports";

        var problem = await (await factory.AsNational().PostAsJsonAsync(url, new { period = "2004-Q5", centerId = "mx-other", value = 0.00001m, evidence = " " }, HttpJson.Options))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["centerId", "evidence", "period", "value"], problem.ErrorFields());
        var outside = await (await factory.AsNational().PostAsJsonAsync(url, Report("2006", 1), HttpJson.Options)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["period"], outside.ErrorFields());
        var forAnother = await (await factory.AsCenter(a).PostAsJsonAsync(url, Report("2004", 1, b), HttpJson.Options)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["centerId"], forAnother.ErrorFields());
        await (await factory.AsCenter(NewCenterId()).PostAsJsonAsync(url, Report("2004", 1), HttpJson.Options)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.AsDonor("idb").PostAsJsonAsync(url, Report("2004", 1), HttpJson.Options)).StatusCode);
    }

    [Fact]
    public async Task A_donor_reads_values_without_evidence_or_reporter_and_a_center_its_own()
    {
        var donor = $"d-{Guid.NewGuid():N}"[..12];
        var (programId, indicatorId, a, b) = await ManualIndicatorAsync(donor);
        var url = $"/api/monitoring/programs/{programId}/indicators/{indicatorId}/reports";
        await factory.AsNational().PostOkAsync(url, Report("2004", 3, a), HttpStatusCode.Created);
        await factory.AsNational().PostOkAsync(url, Report("2004", 4, b), HttpStatusCode.Created);

        var forDonor = (await factory.AsDonor(donor).GetJsonAsync(url)).EnumerateArray().ToList();
        Assert.Equal(2, forDonor.Count);
        Assert.All(forDonor, report => Assert.Equal((System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null),
            (report.GetProperty("evidence").ValueKind, report.GetProperty("reportedBy").ValueKind)));
        var forCenter = (await factory.AsCenter(a).GetJsonAsync(url)).EnumerateArray().ToList();
        Assert.Equal([3m], forCenter.Select(report => report.GetProperty("value").GetDecimal()));
        Assert.Equal("https://example.org/manuals/2004", forCenter[0].GetProperty("evidence").GetString());
        await (await factory.AsDonor("idb-other").GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }
}
