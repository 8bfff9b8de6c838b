using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Financing.Tests.Api;

public class FacilitiesApiTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Theory]
    [InlineData(0.5, HttpStatusCode.Created)]
    [InlineData(0.51, HttpStatusCode.BadRequest)]
    public async Task Coverage_is_at_most_half_of_a_loss(decimal coverageRate, HttpStatusCode expected)
    {
        var bankId = ApiClient.NewBankId();
        var national = factory.AsNational();
        await national.PostOkAsync("/api/financing/banks", new { id = bankId, name = "Banco Sur", country = "MX" }, HttpStatusCode.Created);

        var response = await national.PostAsJsonAsync("/api/financing/facilities", new
        {
            bankId, guarantor = "Donor Agency", maxPortfolio = 1_000_000m, coverageRate, eligibleCountries = new[] { "MX" },
            placementStart = "2026-01-01", placementEnd = "2026-12-31",
        }, ApiClient.Json);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        if (expected == HttpStatusCode.Created)
        {
            Assert.Equal(400_000m, body.GetProperty("maxLoanPerBorrower").GetDecimal());
            Assert.Equal(["cleaner-production", "energy-efficiency", "environmental-management"],
                body.GetProperty("eligiblePurposes").EnumerateArray().Select(p => p.GetString()!).ToArray());
            Assert.Equal(("USD", 1_000_000m, 0m), (body.GetProperty("currency").GetString(), body.GetProperty("remainingCapacity").GetDecimal(), body.GetProperty("placedPrincipal").GetDecimal()));
        }
        else
        {
            Assert.True(body.GetProperty("errors").TryGetProperty("coverageRate", out _));
        }
    }

    [Fact]
    public async Task A_bank_sees_only_its_own_facilities_and_cannot_open_one()
    {
        var ownBank = ApiClient.NewBankId();
        var otherBank = ApiClient.NewBankId();
        var own = await factory.OpenFacilityAsync(ownBank);
        var other = await factory.OpenFacilityAsync(otherBank);
        var bank = factory.AsBank(ownBank);

        Assert.Equal(own, (await bank.GetJsonAsync($"/api/financing/facilities/{own}")).GetProperty("id").GetGuid());
        await (await bank.GetAsync($"/api/financing/facilities/{other}")).ProblemAsync(HttpStatusCode.NotFound);
        var listed = (await bank.GetJsonAsync("/api/financing/facilities")).EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([own], listed);
        var national = (await factory.AsNational().GetJsonAsync("/api/financing/facilities")).EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(other, national);

        var refused = await bank.PostAsJsonAsync("/api/financing/facilities", new { bankId = ownBank }, ApiClient.Json);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_facility_for_an_unregistered_bank_is_refused()
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/financing/facilities", new
        {
            bankId = "no-such-bank", guarantor = "Donor Agency", maxPortfolio = 1_000_000m, coverageRate = 0.5m, eligibleCountries = new[] { "MX" },
            placementStart = "2026-01-01", placementEnd = "2026-12-31",
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("bankId", out _));
    }

    [Fact]
    public async Task Registering_a_bank_twice_answers_409()
    {
        var bankId = ApiClient.NewBankId();
        var national = factory.AsNational();
        await national.PostOkAsync("/api/financing/banks", new { id = bankId, name = "Banco", country = "MX" }, HttpStatusCode.Created);

        var again = await national.PostAsJsonAsync("/api/financing/banks", new { id = bankId, name = "Banco", country = "MX" }, ApiClient.Json);

        await again.ProblemAsync(HttpStatusCode.Conflict);
    }
}
