using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Enterprises.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Api;

public class InfrastructureTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task Start_up_applies_every_committed_migration_to_an_empty_database()
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Health_reports_database_broker_cache_and_outbox_and_alive_answers()
    {
        var client = factory.CreateClient(TestTokens.Admin());

        var health = await client.WaitUntilHealthyAsync();
        var alive = await client.GetAsync("/alive");

        var checks = health.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()).ToList();
        Assert.Contains("enterprises-db", checks);
        Assert.Contains("cache", checks);
        Assert.Contains("outbox", checks);
        Assert.Contains(checks, name => name!.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await factory.CreateClient(token: null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/enterprises", out _));
        Assert.True(paths.TryGetProperty("/api/enterprises/{id}/baselines", out _));
        Assert.True(paths.TryGetProperty("/api/centers/{id}", out _));
    }

    [Fact]
    public async Task An_unknown_route_answers_404_as_problem_details()
    {
        var response = await factory.AsNational().GetAsync("/api/nothing-here");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
