using System.Net;
using System.Text.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Financing.Data;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>Eligibility is served from Redis; every change that matters to an answer evicts what it touched.</summary>
public class EligibilityCacheTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    // Far below the entries' five-minute life: an answer this fresh can only come from an eviction.
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Answers_come_from_the_cache_and_the_very_next_question_after_a_placement_sees_it()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId, maxPortfolio: 1_000_000m);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        Assert.Equal(400_000m, (await AskAsync(bank, taxId, 100_000m)).GetProperty("maxEligibleAmount").GetDecimal());

        // Shrunk behind the service's back, without an eviction: the answer still comes from the cached facility.
        await SetMaxPortfolioAsync(facilityId, 50_000m);
        Assert.Equal(400_000m, (await AskAsync(bank, taxId, 100_000m)).GetProperty("maxEligibleAmount").GetDecimal());
        await SetMaxPortfolioAsync(facilityId, 1_000_000m);

        await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 300_000m, "BN-CACHE-1"), HttpStatusCode.Created);
        var after = await AskAsync(bank, taxId, 150_000m);

        Assert.False(after.GetProperty("eligible").GetBoolean());
        Assert.Equal(100_000m, after.GetProperty("maxEligibleAmount").GetDecimal());
        Assert.Equal(["borrower-exposure-within-max"], FailedRules(after));
    }

    [Fact]
    public async Task A_repaid_loan_frees_the_borrowers_room_in_the_very_next_answer()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        var loan = await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 400_000m, "BN-CACHE-2"), HttpStatusCode.Created);
        Assert.False((await AskAsync(bank, taxId, 100_000m)).GetProperty("eligible").GetBoolean());

        await bank.PostOkAsync($"/api/financing/loans/{loan.GetProperty("id").GetGuid()}/reports",
            new { asOf = ApiClient.Today, outstandingPrincipal = 0m, status = "repaid" }, HttpStatusCode.Created);
        var after = await AskAsync(bank, taxId, 100_000m);

        Assert.True(after.GetProperty("eligible").GetBoolean());
        // Repaid loans free the borrower's maximum, not the facility's portfolio: 600,000 of capacity is left.
        Assert.Equal(400_000m, after.GetProperty("maxEligibleAmount").GetDecimal());
    }

    [Fact]
    public async Task A_new_verification_reaches_a_cached_answer_as_soon_as_it_is_stored()
    {
        var bankId = ApiClient.NewBankId();
        await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        Assert.Equal(JsonValueKind.Null, (await AskAsync(bank, taxId, 100_000m)).GetProperty("evidence").ValueKind);

        var projectId = Guid.NewGuid();
        await factory.PublishAsync(EligibilityApiTests.Verified(enterpriseId, projectId, taxId), Guid.NewGuid());
        await WaitUntilAsync(async db => await db.Evidence.AnyAsync(e => e.EnterpriseId == enterpriseId), TimeSpan.FromSeconds(30), "the evidence to be stored");

        var evidence = await AnswerWithinAsync(bank, taxId, answer => answer.GetProperty("evidence").ValueKind != JsonValueKind.Null);
        Assert.Equal(projectId, evidence.GetProperty("evidence").GetProperty("assessmentId").GetGuid());
    }

    [Fact]
    public async Task A_withdrawn_consent_turns_a_cached_answer_into_not_found_or_not_consenting()
    {
        var bankId = ApiClient.NewBankId();
        await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        Assert.True((await AskAsync(bank, taxId, 100_000m)).GetProperty("eligible").GetBoolean());

        await factory.PublishAsync(new EnterpriseUpdated
        {
            CenterId = "mx-chihuahua",
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = ApiClient.Snapshot(enterpriseId, taxId, revision: 2, shareWithBanks: false),
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 2);

        var answer = await AnswerWithinAsync(bank, taxId, answer => !answer.GetProperty("eligible").GetBoolean());
        Assert.Equal(["registered-and-consenting"], FailedRules(answer));
    }

    /// <summary>Asks until the answer is as expected, for at most <see cref="Fresh"/>; <paramref name="since"/> names the change for the failure.</summary>
    internal static async Task<JsonElement> AnswerWithinAsync(
        HttpClient bank, string taxId, Func<JsonElement, bool> expected, decimal amount = 100_000m, string since = "the change was stored")
    {
        var deadline = DateTime.UtcNow + Fresh;
        while (true)
        {
            var answer = await AskAsync(bank, taxId, amount);
            if (expected(answer))
            {
                return answer;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The answer was still stale {Fresh.TotalSeconds} s after {since}: {answer}");
            await Task.Delay(20);
        }
    }

    private async Task WaitUntilAsync(Func<FinancingDbContext, Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<FinancingDbContext>()))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout.TotalSeconds} s for {what}.");
            await Task.Delay(100);
        }
    }

    private async Task SetMaxPortfolioAsync(Guid facilityId, decimal maxPortfolio)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FinancingDbContext>().Database
            .ExecuteSqlAsync($"UPDATE facilities SET max_portfolio = {maxPortfolio} WHERE id = {facilityId}");
    }

    internal static Task<JsonElement> AskAsync(HttpClient bank, string taxId, decimal amount) =>
        bank.PostOkAsync("/api/financing/eligibility", new { country = "MX", taxId, amount, purpose = "cleaner-production" });

    internal static string[] FailedRules(JsonElement answer) =>
        answer.GetProperty("rules").EnumerateArray().Where(rule => !rule.GetProperty("passed").GetBoolean())
            .Select(rule => rule.GetProperty("rule").GetString()!).ToArray();
}

/// <summary>The service is given a Redis address where nothing listens.</summary>
public class NoCacheFinancingFactory : FinancingFactory
{
    protected override string CacheConnectionString { get; } = TestServers.UnreachableCache();
}

public class EligibilityWithoutCacheTests(NoCacheFinancingFactory factory) : IClassFixture<NoCacheFinancingFactory>
{
    [Fact]
    public async Task Without_redis_answers_are_still_correct_right_after_a_placement()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId, maxPortfolio: 500_000m);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);
        Assert.Equal(400_000m, (await EligibilityCacheTests.AskAsync(bank, taxId, 100_000m)).GetProperty("maxEligibleAmount").GetDecimal());

        await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 250_000m, "BN-NOCACHE-1"), HttpStatusCode.Created);
        var after = await EligibilityCacheTests.AskAsync(bank, taxId, 200_000m);
        var unknown = await EligibilityCacheTests.AskAsync(bank, ApiClient.NewTaxId(), 200_000m);

        Assert.Equal(150_000m, after.GetProperty("maxEligibleAmount").GetDecimal());
        Assert.Equal(["borrower-exposure-within-max"], EligibilityCacheTests.FailedRules(after));
        Assert.Equal(["registered-and-consenting"], EligibilityCacheTests.FailedRules(unknown));
    }
}
