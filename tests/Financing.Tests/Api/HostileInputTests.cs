using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Financing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>Issue 13: amounts the columns cannot hold, sub-cent money, unbounded recoveries and reused idempotency keys.</summary>
public class HostileInputTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task Amounts_beyond_what_the_columns_hold_are_refused_naming_the_field_and_the_rule()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var national = factory.AsNational();

        var facility = await national.PostAsJsonAsync("/api/financing/facilities", new
        {
            bankId, guarantor = "Donor Agency", maxPortfolio = 1e20m, coverageRate = 0.1234567m, maxLoanPerBorrower = 1e20m,
            eligibleCountries = new[] { "MX" }, placementStart = ApiClient.Today, placementEnd = ApiClient.Today.AddDays(10), originationFeeRate = 0.0000001m,
        }, ApiClient.Json);
        var problem = await facility.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["coverageRate", "maxLoanPerBorrower", "maxPortfolio", "originationFeeRate"], problem.ErrorFields());
        Assert.Contains("9,999,999,999,999.99", problem.Errors("maxPortfolio")[0]);
        Assert.Contains("6 decimals", problem.Errors("coverageRate")[0]);

        var loanId = await PlaceAsync(bankId, facilityId, 10_000m);
        var bank = factory.AsBank(bankId);
        var report = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/reports",
            new { asOf = ApiClient.Today, outstandingPrincipal = 1e20m, status = "current" }, ApiClient.Json);
        Assert.Equal(["outstandingPrincipal"], (await report.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());

        var eligibility = await bank.PostAsJsonAsync("/api/financing/eligibility",
            new { country = "MX", taxId = "ANY", amount = 1e20m, purpose = "energy-efficiency" }, ApiClient.Json);
        Assert.Equal(["amount"], (await eligibility.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());

        await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports", new { asOf = ApiClient.Today, outstandingPrincipal = 10_000m, status = "defaulted" }, HttpStatusCode.Created);
        var claim = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 1e20m, recoveries = 1e20m }, ApiClient.Json);
        Assert.Equal(["outstandingAtDefault", "recoveries"], (await claim.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("0")]
    [InlineData("100.005")]
    [InlineData("-5")]
    public async Task Money_below_a_cent_or_with_more_than_two_decimals_is_refused_not_rounded(string principal)
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);

        var response = await factory.AsBank(bankId).PostAsJsonAsync("/api/financing/loans",
            ApiClient.Loan(facilityId, taxId, decimal.Parse(principal, System.Globalization.CultureInfo.InvariantCulture), "BN-CENT"), ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["principal"], problem.ErrorFields());
        Assert.Equal(0, await CountAsync(db => db.Loans.CountAsync(loan => loan.FacilityId == facilityId)));
    }

    [Fact]
    public async Task A_recovery_larger_than_what_is_still_unrecovered_is_refused_with_422()
    {
        var (bank, loanId) = await ClaimedLoanAsync(outstandingAtDefault: 120_000m, recoveries: 20_000m);

        var huge = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 1e12m }, ApiClient.Json);
        var problem = await huge.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["recovery-within-unrecovered"], problem.GetProperty("failedRules").EnumerateArray().Select(rule => rule.GetString()!).ToArray());
        Assert.Equal(100_000m, problem.GetProperty("unrecovered").GetDecimal());

        await bank.PostOkAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 60_000m }, HttpStatusCode.Created);
        var tooMuch = await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 40_000.01m }, ApiClient.Json);
        Assert.Equal(40_000m, (await tooMuch.ProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("unrecovered").GetDecimal());
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 40_000m }, HttpStatusCode.Created);
        Assert.Equal(100_000m, await CountAsync(db => db.Recoveries.Where(r => r.LoanId == loanId).SumAsync(r => r.Amount)));
    }

    [Fact]
    public async Task Concurrent_recoveries_never_exceed_what_is_still_unrecovered()
    {
        var (bank, loanId) = await ClaimedLoanAsync(outstandingAtDefault: 120_000m, recoveries: 20_000m);

        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 10).Select(async _ =>
        {
            await start.WaitAsync();
            return await bank.PostAsJsonAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 30_000m }, ApiClient.Json);
        }).ToList();
        start.Release(10);
        var responses = await Task.WhenAll(attempts);

        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(response => response.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(90_000m, await CountAsync(db => db.Recoveries.Where(r => r.LoanId == loanId).SumAsync(r => r.Amount)));
    }

    [Fact]
    public async Task A_reused_idempotency_key_with_a_different_body_is_refused_and_a_true_retry_returns_the_first_loan()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);

        var first = await SendAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, "BN-K1"), "key-reused");
        var retry = await SendAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, "BN-K1"), "key-reused");
        var otherPrincipal = await SendAsync(bank, ApiClient.Loan(facilityId, taxId, 150_000m, "BN-K1"), "key-reused");
        var otherRef = await SendAsync(bank, ApiClient.Loan(facilityId, taxId, 100_000m, "BN-K2"), "key-reused");
        var refAgainDifferent = await SendAsync(bank, ApiClient.Loan(facilityId, taxId, 99_000m, "BN-K1"), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        foreach (var (response, rule) in new[] { (otherPrincipal, "idempotency-key-reused"), (otherRef, "idempotency-key-reused"), (refAgainDifferent, "bank-loan-ref-reused") })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal($"urn:cp-platform:problem:{rule}", problem.GetProperty("type").GetString());
            Assert.Equal([rule], problem.GetProperty("failedRules").EnumerateArray().Select(r => r.GetString()!).ToArray());
        }
        Assert.Equal(1, await CountAsync(db => db.Loans.CountAsync(loan => loan.FacilityId == facilityId)));
    }

    [Fact]
    public async Task Idempotency_keys_are_scoped_to_the_bank()
    {
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var (bankA, bankB) = (ApiClient.NewBankId(), ApiClient.NewBankId());
        var (facilityA, facilityB) = (await factory.OpenFacilityAsync(bankA), await factory.OpenFacilityAsync(bankB));

        var a = await SendAsync(factory.AsBank(bankA), ApiClient.Loan(facilityA, taxId, 10_000m, "SAME-REF"), "shared-key");
        var b = await SendAsync(factory.AsBank(bankB), ApiClient.Loan(facilityB, taxId, 10_000m, "SAME-REF"), "shared-key");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (a.StatusCode, b.StatusCode));
        var (loanA, loanB) = (await a.Content.ReadFromJsonAsync<JsonElement>(), await b.Content.ReadFromJsonAsync<JsonElement>());
        Assert.NotEqual(loanA.GetProperty("id").GetGuid(), loanB.GetProperty("id").GetGuid());
        Assert.Equal(bankB, loanB.GetProperty("bankId").GetString());
    }

    [Fact]
    public async Task A_loan_on_another_banks_facility_is_404_without_waiting_for_that_facilitys_lock()
    {
        var owner = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(owner);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);

        // The owner's placement holds the facility's row lock while another bank tries the same facility.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FinancingDbContext>();
        await using var ownersPlacement = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT id FROM facilities WHERE id = {facilityId} FOR UPDATE");

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var response = await factory.AsBank(ApiClient.NewBankId()).PostAsJsonAsync("/api/financing/loans",
            ApiClient.Loan(facilityId, taxId, 10_000m, "BN-OTHER-BANK"), ApiClient.Json, patience.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> PlaceAsync(string bankId, Guid facilityId, decimal principal)
    {
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        return (await factory.AsBank(bankId).PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, principal, $"BN-{Guid.NewGuid():N}"[..20]), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
    }

    private async Task<(HttpClient Bank, Guid LoanId)> ClaimedLoanAsync(decimal outstandingAtDefault, decimal recoveries)
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var loanId = await PlaceAsync(bankId, facilityId, 150_000m);
        var bank = factory.AsBank(bankId);
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports", new { asOf = ApiClient.Today, outstandingPrincipal = outstandingAtDefault, status = "defaulted" }, HttpStatusCode.Created);
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault, recoveries }, HttpStatusCode.Created);
        return (bank, loanId);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient bank, object loan, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/financing/loans") { Content = JsonContent.Create(loan, options: ApiClient.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await bank.SendAsync(request);
    }

    private async Task<T> CountAsync<T>(Func<FinancingDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FinancingDbContext>());
    }
}
