using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>
/// Issue 13: placement windows, disbursement, maturity and report dates keep to a plausible calendar window (banks
/// belong to no center: today is UTC's, never behind a Latin American center's date).
/// </summary>
public class DateWindowTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    private static readonly DateOnly Today = ApiClient.Today;

    [Theory]
    [InlineData("0001-01-01", "9999-12-31", "placementStart")]
    [InlineData("9999-12-30", "9999-12-31", "placementStart")]
    [InlineData("2026-01-01", "9999-12-31", "placementEnd")]
    [InlineData("2026-01-01", "2036-01-02", "placementEnd")]
    public async Task A_placement_window_out_of_its_range_is_refused(string placementStart, string placementEnd, string field)
    {
        var bankId = ApiClient.NewBankId();
        var national = factory.AsNational();
        await national.PostOkAsync("/api/financing/banks", new { id = bankId, name = "Banco del Norte", country = "MX" }, HttpStatusCode.Created);

        var response = await national.PostAsJsonAsync("/api/financing/facilities", new
        {
            bankId, guarantor = "Donor Agency", maxPortfolio = 1_000_000m, coverageRate = 0.5m, eligibleCountries = new[] { "MX" },
            placementStart, placementEnd,
        }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Theory]
    [InlineData(-1, 3, null)]
    [InlineData(1, 3, "disbursedOn")]
    [InlineData(0, 31, "maturityOn")]
    public async Task A_loan_is_disbursed_by_today_and_matures_within_30_years(int disbursedInDays, int maturityInYears, string? field)
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var disbursedOn = Today.AddDays(disbursedInDays);

        var response = await factory.AsBank(bankId).PostAsJsonAsync("/api/financing/loans", new
        {
            facilityId, country = "MX", taxId, principal = 100_000m, disbursedOn, maturityOn = disbursedOn.AddYears(maturityInYears),
            purpose = "energy-efficiency", bankLoanRef = $"L-{Guid.NewGuid():N}",
        }, ApiClient.Json);

        if (field is null)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        else
        {
            Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("2001-01-01")]
    public async Task A_report_is_dated_from_the_disbursement_to_today(string asOf)
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        var loanId = (await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 100_000m, $"L-{Guid.NewGuid():N}"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var response = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/reports",
            new { asOf, outstandingPrincipal = 90_000m, status = "current" }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("asOf"));
    }
}
