using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CpPlatform.Financing.Data;
using CpPlatform.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>
/// Two financing instances on one database, broker and Redis: each answers eligibility from its own memory, and a
/// change committed through one reaches the other's next answer.
/// </summary>
/// <remarks>
/// The other instance hears of the change by a Redis message; it travels in milliseconds, but it is not part of the
/// change's request, so the answers are polled for at most 2 s (<see cref="EligibilityCacheTests.AnswerWithinAsync"/>).
/// </remarks>
public sealed class EligibilityAcrossInstancesTests(FinancingFactory factory) : IClassFixture<FinancingFactory>, IAsyncLifetime
{
    private const string OnA = "the change was committed on instance A";

    // The second instance: the same app, configuration and servers, its own process state (memory, Redis connection).
    private readonly WebApplicationFactory<Program> _other = factory.WithWebHostBuilder(_ => { });

    [Fact]
    public async Task A_placement_through_one_instance_reaches_the_next_answer_of_another_that_had_it_in_memory()
    {
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId, maxPortfolio: 1_000_000m);
        var taxId = ApiClient.NewTaxId();
        await factory.RegisterBorrowerAsync(taxId);
        var bankOnA = factory.AsBank(bankId);
        var bankOnB = AsBank(_other, bankId);
        await AnsweredFromMemoryAsync(bankOnB, bankId, taxId);

        await bankOnA.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 300_000m, "BN-L1-1"), HttpStatusCode.Created);

        var after = await EligibilityCacheTests.AnswerWithinAsync(bankOnB, taxId, answer => !answer.GetProperty("eligible").GetBoolean(), 150_000m, OnA);
        Assert.Equal(100_000m, after.GetProperty("maxEligibleAmount").GetDecimal());
        Assert.Equal(["borrower-exposure-within-max"], EligibilityCacheTests.FailedRules(after));
    }

    [Fact]
    public async Task A_withdrawn_consent_stored_by_one_instance_reaches_the_next_answer_of_another()
    {
        var bankId = ApiClient.NewBankId();
        await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var bankOnB = AsBank(_other, bankId);
        await AnsweredFromMemoryAsync(bankOnB, bankId, taxId);

        // As instance A's consumer of EnterpriseUpdated stores it (a published event could land on either instance,
        // both consume the same queue; here the change is made on A for certain).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FinancingDbContext>();
            var borrower = await db.Borrowers.SingleAsync(b => b.EnterpriseId == enterpriseId);
            borrower.ShareWithBanks = false;
            borrower.Revision = 2;
            await db.SaveChangesAsync();
        }

        var answer = await EligibilityCacheTests.AnswerWithinAsync(bankOnB, taxId, answer => !answer.GetProperty("eligible").GetBoolean(), 100_000m, OnA);
        Assert.Equal(["registered-and-consenting"], EligibilityCacheTests.FailedRules(answer));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("evidence").ValueKind);
    }

    /// <summary>
    /// Asks instance B until its answer comes from its memory: with the bank's facilities gone from Redis and shrunk
    /// in the database behind the service's back (no invalidation), it still answers as before. The same requests
    /// kept the borrower's entries in its memory too.
    /// </summary>
    private async Task AnsweredFromMemoryAsync(HttpClient bank, string bankId, string taxId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15); // the instance's local cache is in use once its first probe came back
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Cache);
        while (true)
        {
            Assert.True((await EligibilityCacheTests.AskAsync(bank, taxId, 100_000m)).GetProperty("eligible").GetBoolean());
            await redis.GetDatabase().KeyDeleteAsync("{" + factory.Database.Name + ":financing:bank-facilities:" + bankId + "}:value");
            await SetMaxPortfolioAsync(bankId, 50_000m);
            var answer = await EligibilityCacheTests.AskAsync(bank, taxId, 100_000m);
            await SetMaxPortfolioAsync(bankId, 1_000_000m);
            if (answer.GetProperty("eligible").GetBoolean())
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "Instance B never answered from its memory.");
            await Task.Delay(200);
        }
    }

    private async Task SetMaxPortfolioAsync(string bankId, decimal maxPortfolio)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FinancingDbContext>().Database
            .ExecuteSqlAsync($"UPDATE facilities SET max_portfolio = {maxPortfolio} WHERE bank_id = {bankId}");
    }

    private static HttpClient AsBank(WebApplicationFactory<Program> instance, string bankId)
    {
        var client = instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Bank(bankId, ApiClient.Scope));
        return client;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _other.DisposeAsync();
}
