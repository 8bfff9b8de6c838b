using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>What center apps, national staff and banks do again and again in the flows, through the gateway.</summary>
internal static class PlatformSteps
{
    private static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(60);

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>What travels by event arrives a moment later: ask again until it has.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> arrived)
    {
        var deadline = DateTime.UtcNow + EventPatience;
        while (!await arrived())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The expected state did not arrive by event within {EventPatience}.");
            await Task.Delay(250);
        }
    }

    /// <summary>National staff register the center; its app gets a client. Returns the center app's token.</summary>
    public static async Task<string> CenterAppAsync(PlatformFixture platform, string centerId)
    {
        var national = await platform.ClientTokenAsync(new { name = "National program", kind = "national" });
        await Json(await platform.SendAsync(HttpMethod.Post, "/api/centers", national,
            new { id = centerId, name = $"CP center {centerId}", country = centerId[..2].ToUpperInvariant() }), HttpStatusCode.Created);
        return await platform.ClientTokenAsync(new { name = $"{centerId} app", kind = "center", centerId });
    }

    /// <summary>
    /// A pre-assessment (once the enterprise's snapshot has reached assessments), a demonstration project and one option
    /// of 4,800 investment and 9,600 savings taken to verified. Returns the project's path.
    /// </summary>
    public static async Task<string> VerifiedDemonstrationProjectAsync(PlatformFixture platform, string centerToken, string enterpriseId)
    {
        JsonElement preAssessment = default;
        await WaitUntilAsync(async () =>
        {
            var response = await platform.SendAsync(HttpMethod.Post, "/api/assessments/pre-assessments", centerToken, new
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

        var project = await Json(await platform.SendAsync(HttpMethod.Post, "/api/assessments/projects", centerToken, new
        {
            enterpriseId, preAssessmentId = preAssessment.GetProperty("id").GetString(),
            consultants = new[] { new { name = "Luis Pérez", email = "luis@consultores.mx" } },
        }), HttpStatusCode.Created);
        var projectPath = $"/api/assessments/projects/{project.GetProperty("id").GetString()}";

        var option = await Json(await platform.SendAsync(HttpMethod.Post, $"{projectPath}/options", centerToken, new
        {
            category = "useful-by-product", description = "Recover whey as animal feed", investment = 4_800, annualSavings = 9_600,
            reductions = new { wasteT = 120, waterM3 = 300 },
        }), HttpStatusCode.Created);
        var optionPath = $"{projectPath}/options/{option.GetProperty("id").GetString()}";
        await Json(await platform.SendAsync(HttpMethod.Post, $"{optionPath}/accept", centerToken, new { }), HttpStatusCode.OK);
        await Json(await platform.SendAsync(HttpMethod.Post, $"{optionPath}/implement", centerToken, new { date = "2026-10-01", actualInvestment = 4_800 }), HttpStatusCode.OK);
        await Json(await platform.SendAsync(HttpMethod.Post, $"{optionPath}/verify", centerToken, new { verifiedAnnualSavings = 9_600 }), HttpStatusCode.OK);
        return projectPath;
    }
}
