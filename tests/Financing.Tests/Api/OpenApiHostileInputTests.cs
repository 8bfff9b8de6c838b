using CpPlatform.TestSupport;
using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>Every operation of the financing API, read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(FinancingFactory factory, ITestOutputHelper output) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        var facilityId = await factory.OpenFacilityAsync("banco-hostil");
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var loan = await factory.AsBank("banco-hostil").PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 100_000m, "HOSTIL-1"), System.Net.HttpStatusCode.Created);
        // Route ids name things that exist, so that changes reach their validation rather than a 404.
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            KnownValues = new Dictionary<string, string>
            {
                ["/api/financing/facilities/{id}"] = facilityId.ToString(),
                ["/api/financing/loans/{id}"] = loan.GetProperty("id").GetString()!,
                ["facilityId"] = facilityId.ToString(),
                ["taxId"] = taxId,
                ["bankId"] = "banco-hostil",
                ["purpose"] = "energy-efficiency",
            },
            Tokens = [TestTokens.Bank("banco-hostil", ApiClient.Scope), TestTokens.National(ApiClient.Scope), TestTokens.Admin(ApiClient.Scope)],
        };

        var report = await suite.RunAsync();

        output.WriteLine(report.Write("financing"));
        Assert.True(report.Operations > 0 && report.Failures.Count == 0, report.Summary("financing") + "\n" + string.Join("\n", report.Failures.Take(60)));
    }
}
