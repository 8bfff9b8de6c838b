using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A partner bank finances a verified project through the gateway: the borrower's snapshot and verified evidence reach
/// financing by events, the bank asks eligibility, places a loan, reports a default and claims.
/// </summary>
[Collection(PlatformCollection.Name)]
public class FinancingFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_bank_checks_eligibility_places_a_loan_reports_a_default_and_claims()
    {
        var center = await CenterAppAsync(platform, "mx-norte");
        var registered = await Json(await platform.SendAsync(HttpMethod.Post, "/api/enterprises", center, new
        {
            legalName = "Curtiduría Norteña", taxId = "CNT-850101-AB3", country = "MX", state = "Chihuahua", municipality = "Juárez",
            sector = "leather-tanning", employees = 30, annualSalesUsd = 1_200_000, consents = new { publishResults = true, shareWithBanks = true },
        }), HttpStatusCode.Created);
        await VerifiedDemonstrationProjectAsync(platform, center, registered.GetProperty("id").GetString()!);

        var national = await platform.ClientTokenAsync(new { name = "National program", kind = "national" });
        await Json(await platform.SendAsync(HttpMethod.Post, "/api/financing/banks", national,
            new { id = "banco-norte", name = "Banco del Norte", country = "MX" }), HttpStatusCode.Created);
        var facility = await Json(await platform.SendAsync(HttpMethod.Post, "/api/financing/facilities", national, new
        {
            bankId = "banco-norte", guarantor = "Donor Agency", currency = "USD", maxPortfolio = 1_000_000, coverageRate = 0.5,
            maxLoanPerBorrower = 400_000, eligiblePurposes = new[] { "cleaner-production", "energy-efficiency" }, eligibleCountries = new[] { "MX" },
            placementStart = "2026-01-01", placementEnd = "2027-12-31", originationFeeRate = 0.01, utilizationFeeRate = 0.005,
        }), HttpStatusCode.Created);
        var bank = await platform.ClientTokenAsync(new { name = "Banco del Norte", kind = "bank", bankId = "banco-norte" });

        var eligibilityRequest = new { country = "MX", taxId = "CNT850101AB3", amount = 150_000, purpose = "cleaner-production" };
        System.Text.Json.JsonElement eligibility = default;
        await WaitUntilAsync(async () =>
        {
            eligibility = await Json(await platform.SendAsync(HttpMethod.Post, "/api/financing/eligibility", bank, eligibilityRequest), HttpStatusCode.OK);
            return eligibility.GetProperty("eligible").GetBoolean() && eligibility.GetProperty("evidence").ValueKind != System.Text.Json.JsonValueKind.Null;
        });
        Assert.Equal(75_000m, eligibility.GetProperty("guaranteedAmount").GetDecimal());
        Assert.Equal(6.0m, Math.Round(eligibility.GetProperty("evidence").GetProperty("paybackMonths").GetDecimal(), 1));

        using var placement = new HttpRequestMessage(HttpMethod.Post, "/api/financing/loans")
        {
            Content = JsonContent.Create(new
            {
                facilityId = facility.GetProperty("id").GetString(), country = "MX", taxId = "CNT850101AB3", principal = 150_000,
                disbursedOn = "2026-11-22", maturityOn = "2029-11-22", purpose = "cleaner-production", bankLoanRef = "BN-0001",
            }),
        };
        placement.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bank);
        placement.Headers.Add("Idempotency-Key", "bn-0001-placement");
        var loan = await Json(await platform.Http.SendAsync(placement), HttpStatusCode.Created);
        var loanPath = $"/api/financing/loans/{loan.GetProperty("id").GetString()}";

        await Json(await platform.SendAsync(HttpMethod.Post, $"{loanPath}/reports", bank,
            new { asOf = DateOnly.FromDateTime(DateTime.UtcNow), outstandingPrincipal = 120_000, status = "defaulted" }), HttpStatusCode.Created);
        var claim = await Json(await platform.SendAsync(HttpMethod.Post, $"{loanPath}/claims", bank,
            new { outstandingAtDefault = 120_000, recoveries = 20_000 }), HttpStatusCode.Created);
        Assert.Equal(50_000m, claim.GetProperty("claimAmount").GetDecimal());

        var otherBank = await platform.ClientTokenAsync(new { name = "Banco Sur", kind = "bank", bankId = "banco-sur" });
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Get, loanPath, otherBank)).StatusCode);
        await WaitUntilAsync(async () =>
        {
            var enterprise = await Json(await platform.SendAsync(HttpMethod.Get, $"/api/enterprises/{registered.GetProperty("id").GetString()}", center), HttpStatusCode.OK);
            return enterprise.GetProperty("stage").GetString() == "financed";
        });
    }
}
