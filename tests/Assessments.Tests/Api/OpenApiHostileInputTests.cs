using CpPlatform.TestSupport;
using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;

namespace CpPlatform.Assessments.Tests.Api;

/// <summary>Every operation of the assessments API, read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(AssessmentsFactory factory, ITestOutputHelper output) : IClassFixture<AssessmentsFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        var center = factory.AsCenter("mx-hostile");
        var enterpriseId = await factory.RegisterEnterpriseAsync("mx-hostile");
        var projectId = await factory.SelectProjectAsync("mx-hostile");
        var optionId = await center.AddOptionAsync(projectId, investment: 1_000m, annualSavings: 500m);
        // Route ids name things that exist, so that changes reach their validation rather than a 404.
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            KnownValues = new Dictionary<string, string>
            {
                ["/api/assessments/projects/{id}"] = projectId.ToString(),
                ["/api/assessments/projects/{id}/options/{optionId}"] = optionId.ToString(),
                ["enterpriseId"] = enterpriseId.ToString(),
                ["sector"] = "leather-tanning",
                ["category"] = "good-housekeeping",
            },
            Tokens = [TestTokens.Center("mx-hostile", ApiClient.Scope), TestTokens.National(ApiClient.Scope), TestTokens.Admin(ApiClient.Scope)],
        };

        var report = await suite.RunAsync();

        output.WriteLine(report.Write("assessments"));
        Assert.True(report.Operations > 0 && report.Failures.Count == 0, report.Summary("assessments") + "\n" + string.Join("\n", report.Failures.Take(60)));
    }
}
