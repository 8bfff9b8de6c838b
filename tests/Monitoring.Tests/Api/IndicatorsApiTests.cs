using System.Net;
using System.Net.Http.Json;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Api;

public sealed class IndicatorsApiTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    [Fact]
    public async Task The_catalogue_lists_every_measure_with_its_unit_and_filters()
    {
        var measures = (await factory.AsDonor("idb").GetJsonAsync("/api/monitoring/measures")).EnumerateArray().ToList();

        Assert.Equal(19, measures.Count);
        var reached = measures.Single(m => m.GetProperty("id").GetString() == "people-reached");
        Assert.Equal("people", reached.GetProperty("unit").GetString());
        Assert.Equal(["kinds", "categories"], reached.GetProperty("filters").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Contains("annual-forum", reached.GetProperty("filters")[0].GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(measures.Single(m => m.GetProperty("id").GetString() == "manual").GetProperty("filters").EnumerateArray());
    }

    [Fact]
    public async Task An_indicator_with_bad_fields_is_a_400_naming_each()
    {
        var center = NewCenterId();
        var programId = await factory.ProgramWithAsync([center]);
        var national = factory.AsNational();

        var problem = await (await national.PostAsJsonAsync($"/api/monitoring/programs/{programId}/indicators", new
        {
            @ref = "", title = "T", measure = "students-trained",
            filter = new { kinds = new[] { "awareness-talk" } },
            targets = new object[] { Target(10, "mx-other"), Target(10, year: 2006), Target(-1), Target(5, center, 2004), Target(6, center, 2004) },
        }, HttpJson.Options)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["filter.kinds", "level", "ref", "targets[0].centerId", "targets[1].year", "targets[2].value", "targets[4]"], problem.ErrorFields());

        var unknown = await (await national.PostAsJsonAsync($"/api/monitoring/programs/{programId}/indicators",
            NewIndicator("C1", "people-met", filter: new { kinds = new[] { "dinner" } }), HttpJson.Options)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["measure"], unknown.ErrorFields());
        var badFilter = await (await national.PostAsJsonAsync($"/api/monitoring/programs/{programId}/indicators",
            NewIndicator("C1", "people-reached", filter: new { kinds = new[] { "dinner" }, categories = new[] { "ngo", "ngo" } }), HttpJson.Options))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["filter.categories[1]", "filter.kinds[0]"], badFilter.ErrorFields());
    }

    [Fact]
    public async Task A_reference_is_unique_in_its_program_409_and_corrections_keep_it_so()
    {
        var programId = await factory.ProgramWithAsync([NewCenterId()], NewIndicator("C1", "people-reached"));
        var national = factory.AsNational();
        var other = await national.DefineIndicatorAsync(programId, NewIndicator("C2", "consultants-trained"));
        var url = $"/api/monitoring/programs/{programId}/indicators";

        await (await national.PostAsJsonAsync(url, NewIndicator("C1", "events-held"), HttpJson.Options)).ProblemAsync(HttpStatusCode.Conflict);
        await (await national.PutAsJsonAsync($"{url}/{other}", NewIndicator("C1", "events-held"), HttpJson.Options)).ProblemAsync(HttpStatusCode.Conflict);

        var changed = await national.PutOkAsync($"{url}/{other}", NewIndicator("C2", "consultants-certified", [Target(60)]));
        Assert.Equal(("consultants-certified", 60m), (changed.GetProperty("measure").GetString(), changed.GetProperty("targets")[0].GetProperty("value").GetDecimal()));
        Assert.Equal(HttpStatusCode.NoContent, (await national.DeleteAsync($"{url}/{other}")).StatusCode);
        await (await national.DeleteAsync($"{url}/{other}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await national.GetJsonAsync(url)).EnumerateArray());
    }

    [Fact]
    public async Task The_seed_programs_logframe_is_entered_through_the_api_and_reads_back_in_order()
    {
        var national = factory.AsNational();
        var code = $"TC-02-02-01-2-{Guid.NewGuid():N}"[..20];
        var programId = await national.CreateProgramAsync(new
        {
            code, title = "Cleaner production in Mexican SMEs (IDB MIF)", donor = "idb", startsOn = new DateOnly(2003, 1, 1), endsOn = new DateOnly(2005, 12, 31),
            centerIds = new[] { "mx-chihuahua", "mx-tabasco" },
        });
        int[] years = [2003, 2004, 2005];
        object[] logframe =
        [
            new { level = "goal", @ref = "G", title = "Participating SMEs save at least 10% on waste, energy, raw materials or water", measure = "companies-meeting-savings-goal",
                targets = new[] { Target(50) }, meansOfVerification = "Verified assessment results" },
            new { level = "purpose", @ref = "P", title = "50 companies employ CP techniques", measure = "companies-implementing", targets = new[] { Target(50) },
                meansOfVerification = "Implemented options" },
            new { level = "component", @ref = "C1.1", title = "Representatives of companies, government and industry associations reached", measure = "people-reached",
                filter = new { categories = new[] { "company", "government", "industry-association" } }, targets = new[] { Target(1200) }, meansOfVerification = "Attendance sheets" },
            new { level = "component", @ref = "C1.2", title = "Engineering students trained", measure = "students-trained", targets = new[] { Target(180) }, meansOfVerification = "Course records" },
            new { level = "component", @ref = "C2.1", title = "Consultants trained", measure = "consultants-trained",
                targets = new[] { Target(120) }.Concat(years.Select(year => Target(40, year: year))).ToArray(), meansOfVerification = "Course records" },
            new { level = "component", @ref = "C2.2", title = "Consultants certified", measure = "consultants-certified", targets = new[] { Target(60) }, meansOfVerification = "Certificates" },
            new { level = "component", @ref = "C3", title = "Demonstration projects", measure = "demonstration-projects",
                targets = new[] { Target(60), Target(16, year: 2003), Target(22, year: 2004), Target(22, year: 2005) }, meansOfVerification = "Signed agreements" },
            new { level = "component", @ref = "C4", title = "An advisory board of eight members per center", measure = "advisory-board-members",
                targets = new[] { Target(8, "mx-chihuahua"), Target(8, "mx-tabasco") }, meansOfVerification = "Board minutes" },
            new { level = "activity", @ref = "A1", title = "Reached by awareness talks", measure = "people-reached", filter = new { kinds = new[] { "awareness-talk" } },
                targets = new[] { Target(460) }, meansOfVerification = "Attendance sheets" },
            new { level = "activity", @ref = "A2", title = "Six sector workshops a year", measure = "events-held", filter = new { kinds = new[] { "sector-workshop" } },
                targets = years.Select(year => Target(6, year: year)).ToArray(), meansOfVerification = "Workshop reports" },
            new { level = "activity", @ref = "A3", title = "120 attending sector workshops a year", measure = "event-attendance", filter = new { kinds = new[] { "sector-workshop" } },
                targets = years.Select(year => Target(120, year: year)).ToArray(), meansOfVerification = "Attendance sheets" },
            new { level = "activity", @ref = "A4", title = "An annual forum per region with at least 150 participants", measure = "people-reached",
                filter = new { kinds = new[] { "annual-forum" } },
                targets = new[] { Target(900) }.Concat(years.SelectMany(year => new[] { Target(150, "mx-chihuahua", year), Target(150, "mx-tabasco", year) })).ToArray(),
                meansOfVerification = "Forum attendance" },
            new { level = "activity", @ref = "A5", title = "A kickoff of at least 100 per center", measure = "people-reached", filter = new { kinds = new[] { "launch" } },
                targets = new[] { Target(100, "mx-chihuahua"), Target(100, "mx-tabasco") }, meansOfVerification = "Kickoff attendance" },
            new { level = "activity", @ref = "A6", title = "\"Ask the Expert\" questions in Chihuahua", measure = "expert-questions",
                targets = new[] { Target(100, "mx-chihuahua") }, meansOfVerification = "Question register" },
        ];
        foreach (var indicator in Enumerable.Reverse(logframe))
        {
            await national.DefineIndicatorAsync(programId, indicator);
        }

        var indicators = (await factory.AsDonor("idb").GetJsonAsync($"/api/monitoring/programs/{programId}/indicators")).EnumerateArray().ToList();
        Assert.Equal(["G", "P", "C1.1", "C1.2", "C2.1", "C2.2", "C3", "C4", "A1", "A2", "A3", "A4", "A5", "A6"], indicators.Select(i => i.GetProperty("ref").GetString()));
        Assert.Equal(4, indicators.Single(i => i.GetProperty("ref").GetString() == "C2.1").GetProperty("targets").GetArrayLength());

        var progress = await factory.AsDonor("idb").ProgressAsync(programId);
        Assert.Equal(150m, progress.Line("A4", "mx-tabasco", 2004).GetProperty("target").GetDecimal());
        Assert.Equal(22m, progress.Line("C3", year: 2005).GetProperty("target").GetDecimal());
        Assert.Equal(36, progress.Indicator("C3").GetProperty("history").GetArrayLength());
        Assert.Equal("at-risk", progress.Line("C3").GetProperty("status").GetString());
    }
}
