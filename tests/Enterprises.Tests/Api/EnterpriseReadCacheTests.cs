using System.Net;
using System.Net.Http.Json;
using CpPlatform.Contracts.Assessments;
using CpPlatform.Enterprises.Apis;
using CpPlatform.Enterprises.Caching;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>
/// An enterprise's answer is cached once read; every change that commits shows in the very next read, and the
/// shared entry never shows one center's enterprise to another.
/// </summary>
public class EnterpriseReadCacheTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task A_read_is_answered_from_the_cache_without_the_database()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var created = await client.RegisterAsync(ApiClient.NewEnterprise(legalName: "Curtiembre Cacheada"));
        var first = await ReadAsync(client, created.Id);

        var cache = factory.Services.GetRequiredService<ICacheAside>();
        var loads = 0;
        var cached = await cache.GetOrLoadAsync(EnterpriseReadCache.Key(created.Id),
            _ => { loads++; return Task.FromResult<EnterpriseResponse?>(null); }, CancellationToken.None);

        Assert.Equal(0, loads);
        Assert.Equal(first.LegalName, cached!.LegalName);
    }

    [Fact]
    public async Task An_update_shows_in_the_next_read_of_a_cached_enterprise()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var created = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 30));
        await ReadAsync(client, created.Id);

        var update = await client.PutAsJsonAsync($"/api/enterprises/{created.Id}",
            ApiClient.NewEnterprise(taxId: created.TaxId, employees: 300, legalName: "Curtidos Renovados"), ApiClient.Json);
        var read = await ReadAsync(client, created.Id);

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("Curtidos Renovados", read.LegalName);
        Assert.Equal(SizeClass.Large, read.SizeClass);
        Assert.Equal(2, read.Revision);
    }

    [Fact]
    public async Task A_new_baseline_shows_in_the_next_read_of_a_cached_enterprise()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var created = await client.RegisterAsync(ApiClient.NewEnterprise());
        Assert.Empty((await ReadAsync(client, created.Id)).Baselines);

        var baseline = await client.PostAsJsonAsync($"/api/enterprises/{created.Id}/baselines", new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = 100_000, waterM3 = 2_000, materialsT = 200, wasteT = 20,
            hazardousWasteT = 1, wastewaterM3 = 1_500, emissionsTco2e = 60, output = new { quantity = 50, unit = "t leather" },
        });

        Assert.Equal(HttpStatusCode.Created, baseline.StatusCode);
        Assert.Single((await ReadAsync(client, created.Id)).Baselines);
    }

    [Fact]
    public async Task A_stage_advanced_by_a_consumer_shows_in_the_next_read_of_a_cached_enterprise()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var created = await client.RegisterAsync(ApiClient.NewEnterprise());
        Assert.Equal(EngagementStage.Prospect, (await ReadAsync(client, created.Id)).Stage);

        await factory.PublishAsync(new PreAssessmentCompleted
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, PreAssessmentId = Guid.NewGuid(), EnterpriseId = created.Id,
            Date = new DateOnly(2026, 9, 15), Qualifies = true, FailedCriteria = [],
        }, Guid.NewGuid());

        // The consumer commits, then evicts: the first read after the eviction shows the new stage.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await ReadAsync(client, created.Id)).Stage != EngagementStage.PreAssessed)
        {
            Assert.True(DateTime.UtcNow < deadline, "The stage the consumer saved never showed in a read.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_cached_enterprise_stays_invisible_to_another_center_and_visible_to_national_staff()
    {
        var owner = factory.AsCenter(await factory.CreateCenterAsync());
        var other = factory.AsCenter(await factory.CreateCenterAsync());
        var created = await owner.RegisterAsync(ApiClient.NewEnterprise(legalName: "Tenería Reservada"));
        await ReadAsync(owner, created.Id);

        var byOther = await other.GetAsync($"/api/enterprises/{created.Id}");
        var byNational = await factory.AsNational().GetAsync($"/api/enterprises/{created.Id}");

        await byOther.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, byNational.StatusCode);
    }

    [Fact]
    public async Task An_id_read_before_anything_was_saved_under_it_answers_404_and_stays_so()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var unknown = Guid.CreateVersion7();

        await (await client.GetAsync($"/api/enterprises/{unknown}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/enterprises/{unknown}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_search_asked_again_after_a_registration_or_an_update_shows_them()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var marker = $"Registro{Guid.NewGuid():N}"[..20];
        var first = await client.RegisterAsync(ApiClient.NewEnterprise(legalName: $"{marker} Uno"));
        Assert.Equal(1, (await SearchAsync(client, marker)).TotalCount);

        await client.RegisterAsync(ApiClient.NewEnterprise(legalName: $"{marker} Dos"));
        var afterRegistration = await SearchAsync(client, marker);
        var update = await client.PutAsJsonAsync($"/api/enterprises/{first.Id}",
            ApiClient.NewEnterprise(taxId: first.TaxId, legalName: $"{marker} Renombrada"), ApiClient.Json);
        var afterUpdate = await SearchAsync(client, marker);

        Assert.Equal(2, afterRegistration.TotalCount);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Contains(afterUpdate.Items, item => item.LegalName == $"{marker} Renombrada");
    }

    [Fact]
    public async Task A_search_cached_for_one_center_answers_nothing_of_it_to_another()
    {
        var owner = factory.AsCenter(await factory.CreateCenterAsync());
        var other = factory.AsCenter(await factory.CreateCenterAsync());
        var marker = $"Propia{Guid.NewGuid():N}"[..20];
        await owner.RegisterAsync(ApiClient.NewEnterprise(legalName: $"{marker} SA"));
        Assert.Equal(1, (await SearchAsync(owner, marker)).TotalCount);

        var byOther = await SearchAsync(other, marker);
        var byNational = await SearchAsync(factory.AsNational(), marker);

        Assert.Equal(0, byOther.TotalCount);
        Assert.Equal(1, byNational.TotalCount);
    }

    private static async Task<PagedResult<EnterpriseSummary>> SearchAsync(HttpClient client, string text) =>
        (await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>($"/api/enterprises?q={text}", ApiClient.Json))!;

    private static async Task<EnterpriseResponse> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{id}", ApiClient.Json))!;
}
