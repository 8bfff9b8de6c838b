using System.Net;
using System.Text.Json;

namespace CpPlatform.Assessments.Tests.Api;

public class CaseStudyTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    [Fact]
    public async Task A_verified_project_of_a_consenting_enterprise_is_public_without_confidential_data()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId, "metal-finishing");
        var secret = await client.AddOptionAsync(projectId, 4_000m, 6_000m, category: "process-control", confidential: true,
            description: "Bath recipe: 12% chromic acid at 45 °C");
        await client.ImplementAsync(projectId, secret);
        await ProjectsApiTests.Measure(client, projectId, "baseline", water: 1_000m, output: 100m);
        await ProjectsApiTests.Measure(client, projectId, "after", water: 950m, output: 100m, waste: 85m);
        var anonymous = factory.AsPublic();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/case-studies/{projectId}")).StatusCode);
        Assert.DoesNotContain(await ListedIdsAsync(anonymous), id => id == projectId);

        await client.PostOkAsync($"/api/assessments/projects/{projectId}/options/{secret}/verify", new { verifiedAnnualSavings = 6_000m });
        var caseStudy = await anonymous.GetJsonAsync($"/api/public/case-studies/{projectId}");

        Assert.Contains(projectId, await ListedIdsAsync(anonymous));
        Assert.Equal(("metal-finishing", "MX"), (caseStudy.GetProperty("sector").GetString(), caseStudy.GetProperty("country").GetString()));
        var option = Assert.Single(caseStudy.GetProperty("optionsImplemented").EnumerateArray());
        Assert.Equal("process-control", option.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, option.GetProperty("description").ValueKind);
        Assert.Equal("8.0", caseStudy.GetProperty("economics").GetProperty("implemented").GetProperty("paybackMonths").GetRawText());
        Assert.True(caseStudy.GetProperty("economics").GetProperty("meetsProgramGoal").GetBoolean());
        var text = caseStudy.GetRawText();
        foreach (var confidential in new[] { "chromic", "taxId", "legalName", "Curtidos", "baseline", "consultants", "luis@consult.mx", "findings" })
        {
            Assert.DoesNotContain(confidential, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_verified_project_of_an_enterprise_that_did_not_consent_stays_private()
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId, publishResults: true);
        var project = await client.PostOkAsync("/api/assessments/projects",
            new { enterpriseId, locallySignificantImpact = true, managementCommitment = true }, HttpStatusCode.Created);
        var projectId = project.GetProperty("id").GetGuid();
        await client.ImplementAsync(projectId, await client.AddOptionAsync(projectId, 100m, 200m), verifiedAnnualSavings: 250m);
        await factory.PublishAsync(new Contracts.Enterprises.EnterpriseUpdated
        {
            CenterId = centerId,
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = AssessmentsFactory.Snapshot(enterpriseId, revision: 2, publishResults: false),
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 2);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.AsPublic().GetAsync($"/api/public/case-studies/{projectId}")).StatusCode);
    }

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/public/case-studies?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("id").GetGuid()).ToList();
}
