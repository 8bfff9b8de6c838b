using System.Net;
using System.Security.Claims;
using CpPlatform.Financing.Data;
using CpPlatform.Financing.Tests.Api;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Financing.Tests.Data;

/// <summary>
/// Issue 13: bank isolation is a query filter of the context, like center isolation, so a query that names no bank
/// still sees only the calling bank's rows: another bank's facilities, loans, reports, claims and recoveries do not exist for it.
/// </summary>
public class BankIsolationTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task A_bank_sees_none_of_another_banks_rows_whatever_the_query_while_national_staff_see_them_all()
    {
        var (own, other) = (ApiClient.NewBankId(), ApiClient.NewBankId());
        var ownLoan = await DefaultedClaimedAndRecoveredLoanAsync(own);
        var otherLoan = await DefaultedClaimedAndRecoveredLoanAsync(other);

        Assert.Equal((1, 1, 1, 1, 1), await RowsAsync(own, ownLoan));
        Assert.Equal((0, 0, 0, 0, 0), await RowsAsync(own, otherLoan));
        Assert.Equal((1, 1, 1, 1, 1), await RowsAsync(null, otherLoan));
    }

    [Fact]
    public async Task A_bank_token_without_a_bank_sees_no_bank_rows()
    {
        var bankId = ApiClient.NewBankId();
        var loan = await DefaultedClaimedAndRecoveredLoanAsync(bankId);

        Assert.Equal((0, 0, 0, 0, 0), await RowsAsync("", loan));
    }

    [Fact]
    public async Task A_borrowers_standing_cached_by_one_bank_still_counts_another_banks_loans_for_that_bank()
    {
        var (first, second) = (ApiClient.NewBankId(), ApiClient.NewBankId());
        await factory.OpenFacilityAsync(first);
        var secondFacility = await factory.OpenFacilityAsync(second);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        await factory.AsBank(second).PostOkAsync("/api/financing/loans", ApiClient.Loan(secondFacility, taxId, 300_000m, "BN-SHARED"), HttpStatusCode.Created);

        // The first bank's question loads the borrower's standing into the cache every bank reads.
        await Eligibility(factory.AsBank(first), taxId, 100_000m);
        var secondAnswer = await Eligibility(factory.AsBank(second), taxId, 200_000m);

        Assert.False(secondAnswer.GetProperty("eligible").GetBoolean());
        Assert.Equal(100_000m, secondAnswer.GetProperty("maxEligibleAmount").GetDecimal());
    }

    private static Task<System.Text.Json.JsonElement> Eligibility(HttpClient bank, string taxId, decimal amount) =>
        bank.PostOkAsync("/api/financing/eligibility", new { country = "MX", taxId, amount, purpose = "energy-efficiency" });

    private async Task<Guid> DefaultedClaimedAndRecoveredLoanAsync(string bankId)
    {
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        var loanId = (await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 150_000m, "BN-ISO"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports", new { asOf = ApiClient.Today, outstandingPrincipal = 120_000m, status = "defaulted" },
            HttpStatusCode.Created);
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 120_000m, recoveries = 20_000m }, HttpStatusCode.Created);
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/recoveries", new { amount = 10_000m }, HttpStatusCode.Created);
        return loanId;
    }

    /// <summary>
    /// The loan's facility, the loan, its reports, claims and recoveries as the context shows them to a bank client of
    /// <paramref name="bankId"/> (null: national staff), through queries that name no bank.
    /// </summary>
    private async Task<(int Facilities, int Loans, int Reports, int Claims, int Recoveries)> RowsAsync(string? bankId, Guid loanId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var claims = new List<Claim> { new(PlatformClaims.Kind, bankId is null ? "national" : "bank") };
        if (!string.IsNullOrEmpty(bankId))
        {
            claims.Add(new Claim(PlatformClaims.Bank, bankId));
        }
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        var db = scope.ServiceProvider.GetRequiredService<FinancingDbContext>();
        var facilityId = await db.Loans.IgnoreQueryFilters().Where(loan => loan.Id == loanId).Select(loan => loan.FacilityId).SingleAsync();
        return (
            await db.Facilities.CountAsync(facility => facility.Id == facilityId),
            await db.Loans.CountAsync(loan => loan.Id == loanId),
            await db.LoanReports.CountAsync(report => report.LoanId == loanId),
            await db.Claims.CountAsync(claim => claim.LoanId == loanId),
            await db.Recoveries.CountAsync(recovery => recovery.LoanId == loanId));
    }
}
