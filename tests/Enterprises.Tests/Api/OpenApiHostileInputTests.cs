using CpPlatform.TestSupport;
using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>Every operation of the enterprises API, read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(EnterprisesFactory factory, ITestOutputHelper output) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        await factory.CreateCenterAsync("mx-hostile");
        var enterprise = await factory.AsCenter("mx-hostile").PostOkAsync("/api/enterprises", ApiClient.NewEnterprise(), System.Net.HttpStatusCode.Created);
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            Tokens = [TestTokens.Center("mx-hostile", ApiClient.Scope), TestTokens.National(ApiClient.Scope), TestTokens.Admin(ApiClient.Scope)],
            // Path ids name an existing enterprise, so that updates reach their validation rather than a 404.
            KnownValues = new Dictionary<string, string>
            {
                ["id"] = enterprise.GetProperty("id").GetString()!, ["taxId"] = "HOS850101AB1", ["state"] = "Chihuahua", ["sector"] = "leather-tanning",
            },
        };

        var report = await suite.RunAsync();

        output.WriteLine(report.Write("enterprises"));
        Assert.True(report.Operations > 0 && report.Failures.Count == 0, report.Summary("enterprises") + "\n" + string.Join("\n", report.Failures.Take(60)));
    }
}
