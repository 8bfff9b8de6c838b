using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A center's whole demonstration-project cycle through the gateway, with the services talking only through events:
/// the enterprise snapshot reaches assessments, and verified results move the enterprise's stage back in enterprises.
/// </summary>
public class AssessmentsFlowTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    private static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task From_registration_to_a_verified_project_the_stage_advances_and_the_case_study_is_public()
    {
        var national = await platform.ClientTokenAsync(new { name = "National program", kind = "national" });
        var created = await platform.SendAsync(HttpMethod.Post, "/api/centers", national, new { id = "mx-bajio", name = "CP Bajío", country = "MX" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var center = await platform.ClientTokenAsync(new { name = "Bajío app", kind = "center", centerId = "mx-bajio" });

        var registered = await Json(await platform.SendAsync(HttpMethod.Post, "/api/enterprises", center, new
        {
            legalName = "Lácteos del Bajío", taxId = "LDB-900101-XY2", country = "MX", state = "Guanajuato", municipality = "León",
            sector = "dairy", employees = 40, annualSalesUsd = 2_500_000, consents = new { publishResults = true, shareWithBanks = true },
        }), HttpStatusCode.Created);
        var enterpriseId = registered.GetProperty("id").GetString();

        // The snapshot arrives by event; until then assessments does not know the enterprise.
        JsonElement preAssessment = default;
        await WaitUntilAsync(async () =>
        {
            var response = await platform.SendAsync(HttpMethod.Post, "/api/assessments/pre-assessments", center, new
            {
                enterpriseId, date = "2026-09-15", specialist = "Ana Ruiz", findings = "Whey discharged to the drain.",
                locallySignificantImpact = true, managementCommitment = true,
            });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return false;
            }
            preAssessment = await response.Content.ReadFromJsonAsync<JsonElement>();
            return true;
        });
        Assert.Equal("qualifies", preAssessment.GetProperty("decision").GetString());

        var project = await Json(await platform.SendAsync(HttpMethod.Post, "/api/assessments/projects", center, new
        {
            enterpriseId, preAssessmentId = preAssessment.GetProperty("id").GetString(),
            consultants = new[] { new { name = "Luis Pérez", email = "luis@consultores.mx" } },
        }), HttpStatusCode.Created);
        var projectPath = $"/api/assessments/projects/{project.GetProperty("id").GetString()}";

        var option = await Json(await platform.SendAsync(HttpMethod.Post, $"{projectPath}/options", center, new
        {
            category = "useful-by-product", description = "Recover whey as animal feed", investment = 4_800, annualSavings = 9_600,
            reductions = new { wasteT = 120, waterM3 = 300 },
        }), HttpStatusCode.Created);
        var optionPath = $"{projectPath}/options/{option.GetProperty("id").GetString()}";
        await Json(await platform.SendAsync(HttpMethod.Post, $"{optionPath}/accept", center, new { }), HttpStatusCode.OK);
        await Json(await platform.SendAsync(HttpMethod.Post, $"{optionPath}/implement", center, new { date = "2026-10-01", actualInvestment = 4_800 }), HttpStatusCode.OK);
        await Json(await platform.SendAsync(HttpMethod.Post, $"{optionPath}/verify", center, new { verifiedAnnualSavings = 9_600 }), HttpStatusCode.OK);

        var economics = (await Json(await platform.SendAsync(HttpMethod.Get, projectPath, center), HttpStatusCode.OK)).GetProperty("economics");
        Assert.Equal(6.0m, economics.GetProperty("implemented").GetProperty("paybackMonths").GetDecimal());
        Assert.Equal(200.0m, economics.GetProperty("implemented").GetProperty("roiPercent").GetDecimal());

        await WaitUntilAsync(async () =>
        {
            var enterprise = await Json(await platform.SendAsync(HttpMethod.Get, $"/api/enterprises/{enterpriseId}", center), HttpStatusCode.OK);
            return enterprise.GetProperty("stage").GetString() == "results-verified";
        });

        var caseStudies = await Json(await platform.SendAsync(HttpMethod.Get, "/api/public/case-studies", token: null), HttpStatusCode.OK);
        var caseStudy = caseStudies.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("sector").GetString() == "dairy");
        var published = await platform.Http.GetStringAsync($"/api/public/case-studies/{caseStudy.GetProperty("id").GetString()}");
        Assert.Contains("Recover whey as animal feed", published);
        Assert.DoesNotContain("LDB900101XY2", published);
        Assert.DoesNotContain("Lácteos del Bajío", published);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>What travels by event arrives a moment later: ask again until it has.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> arrived)
    {
        var deadline = DateTime.UtcNow + EventPatience;
        while (!await arrived())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The expected state did not arrive by event within {EventPatience}.");
            await Task.Delay(250);
        }
    }
}
