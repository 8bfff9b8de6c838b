using System.Net;
using System.Net.Http.Json;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Api;

public sealed class ProgramsApiTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    [Fact]
    public async Task A_program_with_bad_fields_is_a_400_naming_each()
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/monitoring/programs", new
        {
            code = " ", title = new string('t', 301), donor = "IDB Bank", startsOn = "1999-12-31", endsOn = "1999-12-30", centerIds = new[] { "mx-chihuahua", "Tabasco", "mx-chihuahua" },
        }, HttpJson.Options);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["centerIds[1]", "centerIds[2]", "code", "donor", "startsOn", "title"], problem.ErrorFields());
        Assert.Equal(["Repeats centerIds[0]."], problem.Errors("centerIds[2]"));
    }

    [Fact]
    public async Task An_end_before_the_start_or_ten_years_after_it_is_refused()
    {
        var national = factory.AsNational();
        foreach (var endsOn in new[] { "2003-01-01", "2013-01-02" })
        {
            var response = await national.PostAsJsonAsync("/api/monitoring/programs",
                new { code = "X-1", title = "T", donor = "idb", startsOn = "2003-01-01", endsOn, centerIds = new[] { "mx-chihuahua" } }, HttpJson.Options);
            Assert.Equal(["endsOn"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        }
    }

    [Fact]
    public async Task A_code_is_unique_409()
    {
        var national = factory.AsNational();
        var code = $"TC-{Guid.NewGuid():N}"[..16];
        await national.CreateProgramAsync(NewProgram([NewCenterId()], code: code));

        var response = await national.PostAsJsonAsync("/api/monitoring/programs", NewProgram([NewCenterId()], code: code), HttpJson.Options);

        Assert.Equal(["code"], (await response.ProblemAsync(HttpStatusCode.Conflict)).ErrorFields());
    }

    [Fact]
    public async Task Centers_see_the_programs_they_belong_to_and_donors_those_they_fund_anything_else_is_404()
    {
        string a = NewCenterId(), b = NewCenterId();
        var donor = $"d-{Guid.NewGuid():N}"[..12];
        var programId = await factory.AsNational().CreateProgramAsync(NewProgram([a, b], donor));
        var url = $"/api/monitoring/programs/{programId}";

        Assert.Equal(donor, (await factory.AsCenter(a).GetJsonAsync(url)).GetProperty("donor").GetString());
        Assert.Equal(programId, (await factory.AsDonor(donor).GetJsonAsync(url)).GetProperty("id").GetGuid());
        await (await factory.AsCenter(NewCenterId()).GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.AsDonor("someone-else").GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.AsDonor("someone-else").GetAsync($"{url}/progress")).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.AsCenter(NewCenterId()).GetAsync($"{url}/indicators")).ProblemAsync(HttpStatusCode.NotFound);

        var listed = await factory.AsDonor(donor).GetJsonAsync("/api/monitoring/programs");
        Assert.Equal([programId], listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await factory.AsCenter(NewCenterId()).GetJsonAsync("/api/monitoring/programs")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await factory.AsNational().GetJsonAsync($"/api/monitoring/programs?centerId={b}")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Only_national_staff_and_the_admin_define_programs()
    {
        var program = NewProgram([NewCenterId()]);

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.AsCenter(NewCenterId()).PostAsJsonAsync("/api/monitoring/programs", program, HttpJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.AsDonor("idb").PostAsJsonAsync("/api/monitoring/programs", program, HttpJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(TestTokens.Bank("banco-uno", Scope)).GetAsync("/api/monitoring/programs")).StatusCode);
        await factory.CreateClient(TestTokens.Admin(Scope)).CreateProgramAsync(program);
    }

    [Fact]
    public async Task A_center_reads_only_its_own_share_of_progress()
    {
        string a = NewCenterId(), b = NewCenterId();
        var programId = await factory.ProgramWithAsync([a, b], NewIndicator("EQ", "expert-questions", [Target(100), Target(60, a), Target(40, b), Target(20, b, 2004)]));

        var progress = await factory.AsCenter(a).ProgressAsync(programId);

        Assert.Equal(a, progress.GetProperty("centerId").GetString());
        var lines = progress.Indicator("EQ").GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.Equal(a, line.GetProperty("centerId").GetString()));
        await (await factory.AsCenter(a).GetAsync($"/api/monitoring/programs/{programId}/progress?centerId={b}")).ProblemAsync(HttpStatusCode.NotFound);
        var indicators = await factory.AsCenter(a).GetJsonAsync($"/api/monitoring/programs/{programId}/indicators");
        Assert.Equal([60m], indicators[0].GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task Progress_queries_outside_the_program_are_400s_naming_them()
    {
        var programId = await factory.ProgramWithAsync([NewCenterId()]);

        var problem = await (await factory.AsNational().GetAsync($"/api/monitoring/programs/{programId}/progress?asOf=1999-01-01&centerId=mx-other&year=2006"))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["asOf", "centerId", "year"], problem.ErrorFields());
    }
}
