using System.Net;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A center's whole demonstration-project cycle through the gateway, with the services talking only through events:
/// the enterprise snapshot reaches assessments, and verified results move the enterprise's stage back in enterprises.
/// </summary>
[Collection(PlatformCollection.Name)]
public class AssessmentsFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task From_registration_to_a_verified_project_the_stage_advances_and_the_case_study_is_public()
    {
        var center = await CenterAppAsync(platform, "mx-bajio");
        var registered = await Json(await platform.SendAsync(HttpMethod.Post, "/api/enterprises", center, new
        {
            legalName = "Lácteos del Bajío", taxId = "LDB-900101-XY2", country = "MX", state = "Guanajuato", municipality = "León",
            sector = "dairy", employees = 40, annualSalesUsd = 2_500_000, consents = new { publishResults = true, shareWithBanks = true },
        }), HttpStatusCode.Created);
        var enterpriseId = registered.GetProperty("id").GetString()!;

        var projectPath = await VerifiedDemonstrationProjectAsync(platform, center, enterpriseId);

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
}
