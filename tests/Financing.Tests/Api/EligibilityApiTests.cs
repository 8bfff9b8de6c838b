using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Assessments;

namespace CpPlatform.Financing.Tests.Api;

public class EligibilityApiTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task An_eligible_borrower_gets_every_rule_the_largest_amount_and_the_guaranteed_share()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);

        // The bank writes the tax id its own way: compared without hyphens, spaces or case.
        var answer = await factory.AsBank(bankId).PostOkAsync("/api/financing/eligibility",
            new { country = "mx", taxId = $"{taxId[..4].ToLowerInvariant()}-{taxId[4..]}", amount = 150_000m, purpose = "energy-efficiency" });

        Assert.True(answer.GetProperty("eligible").GetBoolean());
        Assert.Equal(facilityId, answer.GetProperty("facilityId").GetGuid());
        Assert.Equal((400_000m, 0.5m, 75_000m),
            (answer.GetProperty("maxEligibleAmount").GetDecimal(), answer.GetProperty("coverageRate").GetDecimal(), answer.GetProperty("guaranteedAmount").GetDecimal()));
        Assert.Equal(8, answer.GetProperty("rules").GetArrayLength());
        Assert.All(answer.GetProperty("rules").EnumerateArray(), rule =>
        {
            Assert.True(rule.GetProperty("passed").GetBoolean());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("detail").GetString()));
        });
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("evidence").ValueKind);
    }

    [Fact]
    public async Task An_unknown_borrower_and_a_non_consenting_one_get_one_identical_answer()
    {
        var bankId = ApiClient.NewBankId();
        await factory.OpenFacilityAsync(bankId);
        var withheld = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(withheld, shareWithBanks: false);
        var bank = factory.AsBank(bankId);

        var unknownAnswer = await bank.PostAsJsonAsync("/api/financing/eligibility", new { country = "MX", taxId = "NOBODY123", amount = 100_000m, purpose = "cleaner-production" }, ApiClient.Json);
        var withheldAnswer = await bank.PostAsJsonAsync("/api/financing/eligibility", new { country = "MX", taxId = withheld, amount = 100_000m, purpose = "cleaner-production" }, ApiClient.Json);

        Assert.Equal(HttpStatusCode.OK, unknownAnswer.StatusCode);
        var unknownBody = await unknownAnswer.Content.ReadAsStringAsync();
        Assert.Equal(unknownBody, await withheldAnswer.Content.ReadAsStringAsync());
        var body = JsonDocument.Parse(unknownBody).RootElement;
        Assert.False(body.GetProperty("eligible").GetBoolean());
        Assert.Contains("not found or not consenting", body.GetProperty("rules")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Evidence_appears_once_the_results_are_verified()
    {
        var bankId = ApiClient.NewBankId();
        await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var projectId = Guid.NewGuid();

        await factory.PublishAsync(Verified(enterpriseId, projectId, taxId), Guid.NewGuid());

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement evidence;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "The verified evidence did not reach the eligibility answer within 30 s.");
            await Task.Delay(100);
            evidence = (await factory.AsBank(bankId).PostOkAsync("/api/financing/eligibility",
                new { country = "MX", taxId, amount = 100_000m, purpose = "cleaner-production" })).GetProperty("evidence");
        }
        while (evidence.ValueKind == JsonValueKind.Null);

        Assert.Equal((projectId, 4_800m, 9_600m, 6.0m),
            (evidence.GetProperty("assessmentId").GetGuid(), evidence.GetProperty("investment").GetDecimal(), evidence.GetProperty("annualSavings").GetDecimal(),
             evidence.GetProperty("paybackMonths").GetDecimal()));
    }

    [Fact]
    public async Task A_bank_asking_about_another_banks_facility_gets_404()
    {
        var other = await factory.OpenFacilityAsync(ApiClient.NewBankId());
        var bankId = ApiClient.NewBankId();
        await factory.OpenFacilityAsync(bankId);

        var response = await factory.AsBank(bankId).PostAsJsonAsync("/api/financing/eligibility",
            new { country = "MX", taxId = "ABC", amount = 1m, purpose = "cleaner-production", facilityId = other }, ApiClient.Json);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    internal static AssessmentResultsVerified Verified(Guid enterpriseId, Guid projectId, string taxId) => new()
    {
        CenterId = "mx-chihuahua",
        OccurredAt = DateTimeOffset.UtcNow,
        ProjectId = projectId,
        EnterpriseId = enterpriseId,
        Country = "MX",
        TaxId = taxId,
        Investment = 4_800m,
        AnnualSavings = 9_600m,
        PaybackMonths = 6m,
        Reductions = new ResourceReductions { EnergyKwh = 1_000m, WaterM3 = 500m, MaterialsT = 1m, WasteT = 2m, HazardousWasteT = 0.5m, EmissionsTco2e = 3m },
    };
}
