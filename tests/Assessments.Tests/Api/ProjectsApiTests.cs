using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Assessments.Tests.Api;

public class ProjectsApiTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    [Fact]
    public async Task Selection_is_refused_with_422_naming_each_failed_criterion()
    {
        var centerId = ApiClient.NewCenterId();
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId, sizeClass: "large", isSme: false, publishResults: false);

        var response = await factory.AsCenter(centerId).PostAsJsonAsync("/api/assessments/projects",
            new { enterpriseId, locallySignificantImpact = true, managementCommitment = false }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["sme", "publish-results-consent", "management-commitment"],
            problem.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [Fact]
    public async Task Selection_of_an_enterprise_whose_snapshot_is_unknown_is_refused_with_422()
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/assessments/projects",
            new { enterpriseId = Guid.NewGuid(), locallySignificantImpact = true, managementCommitment = true }, ApiClient.Json);

        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_pre_assessment_decides_from_the_four_criteria_and_supplies_the_local_ones_to_selection()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId, sizeClass: "micro");
        var committed = await client.PostOkAsync("/api/assessments/pre-assessments", new
        {
            enterpriseId, date = "2026-09-15", specialist = "Ana Ruiz", findings = "Chrome losses in tanning drums",
            locallySignificantImpact = true, managementCommitment = true,
        }, HttpStatusCode.Created);
        var uncommitted = await client.PostOkAsync("/api/assessments/pre-assessments", new
        {
            enterpriseId, date = "2026-09-16", specialist = "Ana Ruiz", findings = "Owner undecided",
            locallySignificantImpact = true, managementCommitment = false,
        }, HttpStatusCode.Created);

        Assert.Equal("qualifies", committed.GetProperty("decision").GetString());
        Assert.Equal("does-not-qualify", uncommitted.GetProperty("decision").GetString());
        Assert.Equal(["management-commitment"], uncommitted.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()!).ToArray());

        var refused = await client.PostAsJsonAsync("/api/assessments/projects", new { enterpriseId, preAssessmentId = uncommitted.GetProperty("id").GetGuid() });
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var project = await client.PostOkAsync("/api/assessments/projects",
            new { enterpriseId, preAssessmentId = committed.GetProperty("id").GetGuid() }, HttpStatusCode.Created);
        Assert.Equal("planning-organisation", project.GetProperty("phase").GetString());
        Assert.Equal(1_600m, project.GetProperty("costShare").GetProperty("companyPays").GetDecimal());
        Assert.Equal(6_400m, project.GetProperty("costShare").GetProperty("programPays").GetDecimal());
    }

    [Fact]
    public async Task A_project_reports_the_worked_examples_economics()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId);
        var options = $"/api/assessments/projects/{projectId}/options";

        await client.ImplementAsync(projectId, await client.AddOptionAsync(projectId, 2_000m, 4_000m), actualInvestment: 1_800m);
        await client.ImplementAsync(projectId, await client.AddOptionAsync(projectId, 3_000m, 3_000m), verifiedAnnualSavings: 3_600m);
        await client.ImplementAsync(projectId, await client.AddOptionAsync(projectId, 0m, 2_000m));
        await client.AddOptionAsync(projectId, 10_000m, 1_000m, category: "technology-change");
        await client.PostOkAsync($"{options}/{await client.AddOptionAsync(projectId, 500m, 100m)}/accept", new { });
        var rejected = await client.AddOptionAsync(projectId, 90_000m, 5_000m);
        await client.PostOkAsync($"{options}/{rejected}/reject", new { reason = "economic" });
        await Measure(client, projectId, "baseline", water: 1_000m, output: 400m);
        await Measure(client, projectId, "after", water: 820m, output: 400m);

        var economics = (await client.GetJsonAsync($"/api/assessments/projects/{projectId}")).GetProperty("economics");

        var implemented = economics.GetProperty("implemented");
        Assert.Equal(3, implemented.GetProperty("options").GetInt32());
        Assert.Equal(4_800m, implemented.GetProperty("investment").GetDecimal());
        Assert.Equal(9_600m, implemented.GetProperty("annualSavings").GetDecimal());
        Assert.Equal("6.0", implemented.GetProperty("paybackMonths").GetRawText());
        Assert.Equal("200.0", implemented.GetProperty("roiPercent").GetRawText());
        var recommended = economics.GetProperty("recommended");
        Assert.Equal(5, recommended.GetProperty("options").GetInt32());
        Assert.Equal(15_500m, recommended.GetProperty("investment").GetDecimal());
        Assert.Equal("60.0", economics.GetProperty("implementationRatePercent").GetRawText());
        Assert.Equal("18.0", economics.GetProperty("reductionsPercent").GetProperty("water").GetRawText());
        Assert.True(economics.GetProperty("meetsProgramGoal").GetBoolean());
    }

    [Fact]
    public async Task Phases_only_move_forward_and_a_cancellation_needs_a_reason()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId);
        var project = $"/api/assessments/projects/{projectId}";

        var moved = await client.PostOkAsync($"{project}/phase", new { to = "pre-assessment" });
        var change = Assert.Single(moved.GetProperty("phaseHistory").EnumerateArray());
        Assert.Equal($"{centerId}-app", change.GetProperty("by").GetString());
        await (await client.PostAsJsonAsync($"{project}/phase", new { to = "planning-organisation" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsJsonAsync($"{project}/phase", new { to = "closed" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsJsonAsync($"{project}/cancel", new { reason = " " })).ProblemAsync(HttpStatusCode.BadRequest);

        var cancelled = await client.PostOkAsync($"{project}/cancel", new { reason = "The plant was sold" });

        Assert.Equal("cancelled", cancelled.GetProperty("phase").GetString());
        await (await client.PostAsJsonAsync($"{project}/phase", new { to = "assessment" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Option_transitions_out_of_order_conflict_and_a_rejection_needs_its_reason()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId);
        var option = $"/api/assessments/projects/{projectId}/options/{await client.AddOptionAsync(projectId, 100m, 50m)}";

        await (await client.PostAsJsonAsync($"{option}/verify", new { verifiedAnnualSavings = 40m })).ProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsJsonAsync($"{option}/reject", new { })).ProblemAsync(HttpStatusCode.BadRequest);
        var rejected = await client.PostOkAsync($"{option}/reject", new { reason = "technical" });

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("technical", rejected.GetProperty("rejectionReason").GetString());
    }

    [Fact]
    public async Task Of_two_concurrent_implementations_of_one_option_only_one_succeeds()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId);
        var option = $"/api/assessments/projects/{projectId}/options/{await client.AddOptionAsync(projectId, 100m, 50m)}";
        await client.PostOkAsync($"{option}/accept", new { });

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            factory.AsCenter(centerId).PostAsJsonAsync($"{option}/implement", new { date = "2026-10-01" }, ApiClient.Json)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order().ToArray());
    }

    [Fact]
    public async Task Another_centers_project_answers_404_while_national_staff_read_every_center()
    {
        var owner = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(owner);
        var stranger = factory.AsCenter(ApiClient.NewCenterId());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/assessments/projects/{projectId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/assessments/projects/{projectId}/phase", new { to = "pre-assessment" })).StatusCode);
        var strangersList = await stranger.GetJsonAsync("/api/assessments/projects");
        Assert.Equal(0, strangersList.GetProperty("totalCount").GetInt32());

        var national = await factory.AsNational().GetJsonAsync($"/api/assessments/projects/{projectId}");
        Assert.Equal(owner, national.GetProperty("centerId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await factory.AsNational().PostAsJsonAsync($"/api/assessments/projects/{projectId}/phase", new { to = "pre-assessment" })).StatusCode);
    }

    [Fact]
    public async Task Calls_without_a_token_or_the_scope_are_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.AsPublic().GetAsync("/api/assessments/projects")).StatusCode);
        var wrongScope = factory.CreateClient(TestSupport.TestTokens.Center("mx-chihuahua", "enterprises"));
        Assert.Equal(HttpStatusCode.Forbidden, (await wrongScope.GetAsync("/api/assessments/projects")).StatusCode);
    }

    internal static Task<JsonElement> Measure(HttpClient client, Guid projectId, string kind, decimal water, decimal output, decimal waste = 100m) =>
        PutOkAsync(client, $"/api/assessments/projects/{projectId}/measurements/{kind}", new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = 50_000m, waterM3 = water, materialsT = 300m, wasteT = waste,
            hazardousWasteT = 4m, wastewaterM3 = 900m, emissionsTco2e = 25m, output = new { quantity = output, unit = "t leather" },
        });

    private static async Task<JsonElement> PutOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PutAsJsonAsync(url, body, ApiClient.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
