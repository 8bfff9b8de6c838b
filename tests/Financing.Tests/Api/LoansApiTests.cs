using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Financing.Tests.Api;

public class LoansApiTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task A_loan_that_breaks_rules_is_refused_with_422_listing_them()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId, isSme: false);

        var response = await factory.AsBank(bankId).PostAsJsonAsync("/api/financing/loans",
            ApiClient.Loan(facilityId, taxId, 400_000.01m, "BN-REFUSED"), ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["sme", "within-max-per-borrower", "borrower-exposure-within-max"],
            problem.GetProperty("failedRules").EnumerateArray().Select(rule => rule.GetString()!).ToArray());
        Assert.Equal(0, await LoanCountAsync(facilityId));
    }

    [Fact]
    public async Task The_same_idempotency_key_or_bank_loan_reference_returns_the_first_loan_and_creates_nothing()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);

        var first = await PlaceAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, "BN-1"), "key-1");
        var sameKey = await PlaceAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, "BN-1"), "key-1");
        var sameRef = await PlaceAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, "BN-1"), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sameKey.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sameRef.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(firstBody, await sameKey.Content.ReadAsStringAsync());
        Assert.Equal(firstBody, await sameRef.Content.ReadAsStringAsync());
        var loan = JsonDocument.Parse(firstBody).RootElement;
        Assert.Equal((50_000m, "current"), (loan.GetProperty("guaranteedAmount").GetDecimal(), loan.GetProperty("status").GetString()));
        Assert.Equal(1, await LoanCountAsync(facilityId));
        Assert.Equal(100_000m, (await bank.GetJsonAsync($"/api/financing/facilities/{facilityId}")).GetProperty("placedPrincipal").GetDecimal());
    }

    [Fact]
    public async Task Concurrent_placements_never_exceed_the_maximum_portfolio()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId, maxPortfolio: 300_000m);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            PlaceAsync(factory.AsBank(bankId), ApiClient.Loan(facilityId, taxId, 100_000m, $"BN-PAR-{i}"), idempotencyKey: null)));

        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(response => response.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(3, await LoanCountAsync(facilityId));
        var facility = await factory.AsBank(bankId).GetJsonAsync($"/api/financing/facilities/{facilityId}");
        Assert.Equal((300_000m, 0m, 100.0m),
            (facility.GetProperty("placedPrincipal").GetDecimal(), facility.GetProperty("remainingCapacity").GetDecimal(), facility.GetProperty("utilizationPercent").GetDecimal()));
    }

    [Fact]
    public async Task Thirty_concurrent_placements_of_100000_against_a_portfolio_of_1000000_give_exactly_ten_loans()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId, maxPortfolio: 1_000_000m);
        // One borrower each: the per-borrower maximum (400,000) must not be what stops them.
        var taxIds = new List<string>();
        foreach (var _ in Enumerable.Range(1, 30))
        {
            var taxId = ApiClient.NewTaxId();
            await factory.RegisterBorrowerAsync(taxId);
            taxIds.Add(taxId);
        }

        using var start = new SemaphoreSlim(0);
        var placements = taxIds.Select(async (taxId, i) =>
        {
            var bank = factory.AsBank(bankId);
            await start.WaitAsync();
            return await PlaceAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, $"BN-30-{i}"), idempotencyKey: $"key-30-{i}");
        }).ToList();
        start.Release(taxIds.Count);
        var responses = await Task.WhenAll(placements);

        Assert.Equal(10, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(20, responses.Count(response => response.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(10, await LoanCountAsync(facilityId));
        var facility = await factory.AsBank(bankId).GetJsonAsync($"/api/financing/facilities/{facilityId}");
        Assert.Equal((1_000_000m, 0m), (facility.GetProperty("placedPrincipal").GetDecimal(), facility.GetProperty("remainingCapacity").GetDecimal()));
    }

    [Fact]
    public async Task A_default_is_reported_then_claimed_as_in_the_worked_example_and_shows_in_the_figures()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        var loanId = (await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 150_000m, "BN-DEF"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var early = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 120_000m, recoveries = 20_000m }, ApiClient.Json);
        await early.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unclaimed = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 10_000m }, ApiClient.Json);
        await unclaimed.ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var report = await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports",
            new { asOf = ApiClient.Today, outstandingPrincipal = 120_000m, status = "defaulted" }, HttpStatusCode.Created);
        Assert.Equal("defaulted", report.GetProperty("loan").GetProperty("status").GetString());
        var claim = await bank.PostOkAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 120_000m, recoveries = 20_000m }, HttpStatusCode.Created);
        Assert.Equal((50_000m, 75_000m), (claim.GetProperty("claimAmount").GetDecimal(), claim.GetProperty("guaranteedAmount").GetDecimal()));

        var again = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 120_000m, recoveries = 0m }, ApiClient.Json);
        await again.ProblemAsync(HttpStatusCode.Conflict);

        var recovery = await bank.PostOkAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 10_000m }, HttpStatusCode.Created);
        Assert.Equal(5_000m, recovery.GetProperty("sharedBack").GetDecimal());

        var figures = await factory.AsNational().GetJsonAsync($"/api/financing/facilities/{facilityId}");
        Assert.Equal(5_000m, figures.GetProperty("recoveriesSharedBack").GetDecimal());
        Assert.Equal((1, 100.0m, 50_000m, 0m),
            (figures.GetProperty("defaults").GetInt32(), figures.GetProperty("defaultRatePercent").GetDecimal(), figures.GetProperty("claimsPaid").GetDecimal(),
             figures.GetProperty("guaranteedOutstanding").GetDecimal()));
        Assert.Equal(750m, figures.GetProperty("feesDue").GetDecimal()); // 1% origination on 75,000 guaranteed
    }

    [Fact]
    public async Task A_claim_on_a_default_that_a_report_cured_meanwhile_is_refused()
    {
        var (_, loanId) = await DefaultedLoanAsync(100_000m);

        // As a claim and a report of the loan back to current made at once: both read it defaulted, the report saves first.
        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<FinancingDbContext>(factory.Services,
            async db => (await db.Loans.SingleAsync(loan => loan.Id == loanId)).Report(ApiClient.Today, 90_000m, LoanStatus.Current),
            async db => db.DependOnRowAsRead(await db.Loans.SingleAsync(loan => loan.Id == loanId)));
    }

    [Fact]
    public async Task A_claim_never_exceeds_the_guaranteed_amount()
    {
        var (bank, loanId) = await DefaultedLoanAsync(100_000m);

        var claim = await bank.PostOkAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 130_000m, recoveries = 0m }, HttpStatusCode.Created);

        Assert.Equal(50_000m, claim.GetProperty("claimAmount").GetDecimal());
    }

    [Fact]
    public async Task Another_banks_loan_and_facility_answer_404()
    {
        var ownerBank = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(ownerBank);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var loanId = (await factory.AsBank(ownerBank).PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 10_000m, "BN-ISO"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var intruder = factory.AsBank(ApiClient.NewBankId());

        await (await intruder.GetAsync($"/api/financing/loans/{loanId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await intruder.PostAsJsonAsync($"/api/financing/loans/{loanId}/reports",
            new { asOf = ApiClient.Today, outstandingPrincipal = 0m, status = "repaid" }, ApiClient.Json)).ProblemAsync(HttpStatusCode.NotFound);
        await (await intruder.PostAsJsonAsync("/api/financing/loans",
            ApiClient.Loan(facilityId, taxId, 10_000m, "BN-ISO-2"), ApiClient.Json)).ProblemAsync(HttpStatusCode.NotFound);
        var national = await factory.AsNational().PostAsJsonAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 10_000m, "BN-ISO-3"), ApiClient.Json);
        Assert.Equal(HttpStatusCode.Forbidden, national.StatusCode);
        Assert.Equal(1, await LoanCountAsync(facilityId));
    }

    /// <summary>A loan of <paramref name="principal"/> placed by a bank of its own and reported defaulted in full.</summary>
    private async Task<(HttpClient Bank, Guid LoanId)> DefaultedLoanAsync(decimal principal)
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        var loanId = (await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, principal, $"BN-{Guid.NewGuid():N}"[..12]), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports", new { asOf = ApiClient.Today, outstandingPrincipal = principal, status = "defaulted" }, HttpStatusCode.Created);
        return (bank, loanId);
    }

    private static async Task<HttpResponseMessage> PlaceAsync(HttpClient bank, object loan, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/financing/loans") { Content = JsonContent.Create(loan, options: ApiClient.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await bank.SendAsync(request);
    }

    private async Task<int> LoanCountAsync(Guid facilityId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FinancingDbContext>().Loans.CountAsync(loan => loan.FacilityId == facilityId);
    }
}
