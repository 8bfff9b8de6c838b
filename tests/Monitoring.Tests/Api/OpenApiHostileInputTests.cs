using System.Net;
using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Api;

/// <summary>Every operation of the monitoring API, read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(MonitoringFactory factory, ITestOutputHelper output) : IClassFixture<MonitoringFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        var center = NewCenterId();
        var national = factory.AsNational();
        var programId = (await national.CreateProgramAsync(NewProgram([center]))).ToString();
        var indicatorId = (await national.DefineIndicatorAsync(Guid.Parse(programId), NewIndicator("A1", "manual", [Target(10)]))).ToString();
        await national.PostOkAsync($"/api/monitoring/programs/{programId}/indicators/{indicatorId}/reports",
            new { period = "2004", value = 1, evidence = "Minutes" }, HttpStatusCode.Created);
        // Route ids name things that exist, so that changes reach their validation rather than a 404.
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            KnownValues = new Dictionary<string, string>
            {
                ["/api/monitoring/programs/{id}"] = programId,
                ["/api/monitoring/programs/{programId}"] = programId,
                ["/api/monitoring/programs/{programId}/indicators/{id}"] = indicatorId,
                ["/api/monitoring/programs/{programId}/indicators/{indicatorId}"] = indicatorId,
                ["centerId"] = center,
            },
            Excluded = new Dictionary<string, string> { ["POST /api/monitoring/replays"] = "takes no input" },
            Tokens = [TestTokens.National(Scope), TestTokens.Center(center, Scope), TestTokens.Donor("idb", Scope), TestTokens.Admin(Scope)],
        };

        await suite.RunAndAssertAsync("monitoring", output);
    }
}
