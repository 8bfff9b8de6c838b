using System.Net;
using System.Net.Http.Json;
using CpPlatform.Enterprises.Apis;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Api;

public class CentersApiTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task Of_two_updates_made_from_one_revision_of_a_center_the_second_is_refused()
    {
        var centerId = await factory.CreateCenterAsync();

        // Both would announce the same revision, and the other services would keep whichever copy reached them first.
        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<EnterprisesDbContext>(factory.Services,
            db => RenameAsync(db, centerId, "Centro Norte"),
            db => RenameAsync(db, centerId, "Centro Sur"));

        await using var scope = factory.Services.CreateAsyncScope();
        var center = await scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>().Centers.AsNoTracking().SingleAsync(c => c.Id == centerId);
        Assert.Equal(("Centro Norte", 2L), (center.Name, center.Revision));
    }

    [Fact]
    public async Task National_staff_register_a_center_with_the_default_size_rule()
    {
        var centerId = await factory.CreateCenterAsync();

        var center = await factory.AsCenter(centerId).GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json);

        Assert.Equal("MX", center!.Country);
        Assert.Equal("USD", center.ReportingCurrency);
        Assert.Equal(new SizeRuleDto(10, 50, 250, 5_000_000m), center.SizeRule);
    }

    [Fact]
    public async Task An_app_whose_center_was_not_yet_registered_can_register_enterprises_as_soon_as_it_is()
    {
        var centerId = ApiClient.NewCenterId();
        var app = factory.AsCenter(centerId);

        var before = await app.PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(), ApiClient.Json);
        await factory.CreateCenterAsync(centerId);
        var after = await app.PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(), ApiClient.Json);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.Created), (before.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task A_center_id_is_registered_once()
    {
        var centerId = await factory.CreateCenterAsync();

        var again = await factory.AsNational().PostAsJsonAsync("/api/centers", new { id = centerId, name = "Again", country = "MX" });

        Assert.NotEmpty((await again.ProblemAsync(HttpStatusCode.Conflict)).Errors("id"));
    }

    [Fact]
    public async Task Invalid_centers_are_refused_field_by_field()
    {
        var response = await factory.CreateClient(TestTokens.Admin(ApiClient.Scope)).PostAsJsonAsync("/api/centers", new
        {
            id = "MX Chihuahua",
            name = "",
            country = "XX",
            reportingCurrency = "dollars",
            sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 5, mediumBelowEmployees = 250, smeBelowAnnualSalesUsd = 5_000_000 },
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors("id"));
        Assert.NotEmpty(problem.Errors("name"));
        Assert.NotEmpty(problem.Errors("country"));
        Assert.NotEmpty(problem.Errors("reportingCurrency"));
        Assert.NotEmpty(problem.Errors("sizeRule.smallBelowEmployees"));
    }

    [Fact]
    public async Task A_new_size_rule_reclassifies_the_centers_enterprises()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 40, annualSalesUsd: 2_000_000m));
        Assert.Equal(SizeClass.Small, enterprise.SizeClass);

        var response = await factory.AsNational().PutAsJsonAsync($"/api/centers/{centerId}", new
        {
            name = "Chihuahua",
            country = "MX",
            sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 30, mediumBelowEmployees = 250, smeBelowAnnualSalesUsd = 1_000_000 },
        });
        var reread = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{enterprise.Id}", ApiClient.Json);
        var center = await client.GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SizeClass.Medium, reread!.SizeClass);
        Assert.False(reread.IsSme);
        Assert.Equal(30, center!.SizeRule.SmallBelowEmployees);
    }

    [Fact]
    public async Task An_enterprise_registered_by_a_rule_changed_since_its_center_was_cached_is_classified_by_the_new_rule()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        await client.RegisterAsync(ApiClient.NewEnterprise(employees: 40)); // the center is cached now

        await ChangeRuleUnheardByTheCacheAsync(centerId, smallBelowEmployees: 30);
        var registered = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 40));

        Assert.Equal(SizeClass.Medium, registered.SizeClass);
        var stored = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{registered.Id}", ApiClient.Json);
        Assert.Equal(SizeClass.Medium, stored!.SizeClass);
    }

    [Fact]
    public async Task An_enterprise_updated_by_a_rule_changed_since_its_center_was_cached_is_classified_by_the_new_rule()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = ApiClient.NewEnterprise(employees: 40);
        var registered = await client.RegisterAsync(enterprise);
        Assert.Equal(SizeClass.Small, registered.SizeClass);

        await ChangeRuleUnheardByTheCacheAsync(centerId, smallBelowEmployees: 30);
        var updated = await client.PutAsJsonAsync($"/api/enterprises/{registered.Id}", enterprise, ApiClient.Json);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(SizeClass.Medium, (await updated.Content.ReadFromJsonAsync<EnterpriseResponse>(ApiClient.Json))!.SizeClass);
    }

    [Fact]
    public async Task A_rule_change_waits_for_an_enterprise_saved_by_the_old_rule_and_reclassifies_it()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var registered = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 20));

        // An update of the enterprise in flight, saved but not committed: 40 employees, still small by the rule it read
        // (below 50) under a share lock of the center's row, as every enterprise's save reads it.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        await using (var inFlight = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlAsync($"SELECT FROM centers WHERE id = {centerId} FOR SHARE");
            await db.Database.ExecuteSqlAsync($"UPDATE enterprises SET employees = 40 WHERE id = {registered.Id}");

            var ruleChange = factory.AsNational().PutAsJsonAsync($"/api/centers/{centerId}", new
            {
                name = "Chihuahua",
                country = "MX",
                sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 30, mediumBelowEmployees = 250, smeBelowAnnualSalesUsd = 5_000_000 },
            });
            await LockWaits.UntilAStatementWaitsOnAsync<EnterprisesDbContext>(factory.Services, "centers");
            await inFlight.CommitAsync();
            Assert.Equal(HttpStatusCode.OK, (await ruleChange).StatusCode);
        }

        var reread = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{registered.Id}", ApiClient.Json);
        Assert.Equal((40, SizeClass.Medium), (reread!.Employees, reread.SizeClass));
    }

    [Fact]
    public async Task A_registration_made_while_a_rule_change_is_saving_waits_for_it_and_classifies_by_the_new_rule()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        await client.RegisterAsync(ApiClient.NewEnterprise(employees: 40)); // the center is cached now

        // The rule change holds the center's row, its new rule saved but not committed.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        Task<EnterpriseResponse> registration;
        await using (var ruleChange = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlAsync($"SELECT FROM centers WHERE id = {centerId} FOR UPDATE");
            await db.Database.ExecuteSqlAsync($"UPDATE centers SET size_rule_small_below_employees = 30, revision = revision + 1 WHERE id = {centerId}");
            registration = client.RegisterAsync(ApiClient.NewEnterprise(employees: 40));
            await LockWaits.UntilAStatementWaitsOnAsync<EnterprisesDbContext>(factory.Services, "centers");
            await ruleChange.CommitAsync();
        }

        Assert.Equal(SizeClass.Medium, (await registration).SizeClass);
    }

    [Fact]
    public async Task A_registration_leaves_its_center_cached()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var cachedName = (await client.GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json))!.Name;
        await RunSqlAsync(db => db.Database.ExecuteSqlAsync($"UPDATE centers SET name = 'Renamed unheard' WHERE id = {centerId}"));

        await client.RegisterAsync(ApiClient.NewEnterprise());

        // Had the registration's save evicted the center, the next read would have fetched the renamed row.
        Assert.Equal(cachedName, (await client.GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json))!.Name);
    }

    [Fact]
    public async Task An_unknown_center_answers_404()
    {
        var response = await factory.AsNational().GetAsync("/api/centers/nowhere");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A new size rule committed as its own change would, but the cache not told (its eviction still on the way).</summary>
    private Task ChangeRuleUnheardByTheCacheAsync(string centerId, int smallBelowEmployees) => RunSqlAsync(db => db.Database.ExecuteSqlAsync(
        $"UPDATE centers SET size_rule_small_below_employees = {smallBelowEmployees}, revision = revision + 1 WHERE id = {centerId}"));

    private async Task RunSqlAsync(Func<EnterprisesDbContext, Task<int>> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await command(scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>()));
    }

    private static async Task RenameAsync(EnterprisesDbContext db, string centerId, string name)
    {
        var center = await db.Centers.SingleAsync(c => c.Id == centerId);
        center.Name = name;
        center.Revision++;
    }
}
