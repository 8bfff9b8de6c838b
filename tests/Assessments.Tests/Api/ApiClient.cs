using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Assessments.Data;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Assessments.Tests.Api;

/// <summary>Calls the service the way a center app, national staff or the public would, and feeds it enterprise events.</summary>
internal static class ApiClient
{
    public const string Scope = "assessments";

    public static readonly JsonSerializerOptions Json = HttpJson.Options;

    public static string NewCenterId() => $"mx-test-{Guid.NewGuid():N}"[..20];

    public static HttpClient AsCenter(this AssessmentsFactory factory, string centerId) => factory.CreateClient(TestTokens.Center(centerId, Scope));

    public static HttpClient AsNational(this AssessmentsFactory factory) => factory.CreateClient(TestTokens.National(Scope));

    public static HttpClient AsPublic(this AssessmentsFactory factory) => factory.CreateClient(token: null);

    /// <summary>Registers an enterprise the way it really arrives: an EnterpriseRegistered event, then waits for its snapshot.</summary>
    public static async Task<Guid> RegisterEnterpriseAsync(
        this AssessmentsFactory factory, string centerId, string sector = "leather-tanning", string sizeClass = "small", bool isSme = true,
        bool publishResults = true)
    {
        var enterpriseId = Guid.NewGuid();
        await factory.PublishAsync(new EnterpriseRegistered
        {
            CenterId = centerId,
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = AssessmentsFactory.Snapshot(enterpriseId, sector: sector, sizeClass: sizeClass, isSme: isSme, publishResults: publishResults),
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 1);
        return enterpriseId;
    }

    /// <summary>The enterprises service announces the center with its time zone; waits until assessments keeps it.</summary>
    public static async Task AnnounceCenterAsync(this AssessmentsFactory factory, string centerId, string timeZone)
    {
        var messageId = Guid.NewGuid();
        await factory.PublishAsync(new CenterRegistered
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow,
            Center = new CenterSnapshot { Revision = 1, Name = "Centro", Country = "MX", TimeZone = timeZone },
        }, messageId);
        await factory.WaitUntilConsumedAsync(messageId);
    }

    public static async Task WaitForSnapshotAsync(this AssessmentsFactory factory, Guid enterpriseId, long revision)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await factory.SnapshotRevisionAsync(enterpriseId) != revision)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The snapshot of {enterpriseId} did not reach revision {revision} within 30 s.");
            await Task.Delay(100);
        }
    }

    public static async Task<long?> SnapshotRevisionAsync(this AssessmentsFactory factory, Guid enterpriseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>();
        return await db.Enterprises.Where(e => e.EnterpriseId == enterpriseId).Select(e => (long?)e.Revision).SingleOrDefaultAsync();
    }

    /// <summary>Selects a project for a fresh enterprise of <paramref name="centerId"/>; returns the project id.</summary>
    public static async Task<Guid> SelectProjectAsync(
        this AssessmentsFactory factory, string centerId, string sector = "leather-tanning", bool publishResults = true)
    {
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId, sector, publishResults: publishResults);
        var project = await factory.AsCenter(centerId).PostOkAsync("/api/assessments/projects", new
        {
            enterpriseId,
            locallySignificantImpact = true,
            managementCommitment = true,
            consultants = new[] { new { name = "Luis Pérez", email = "luis@consult.mx" } },
        }, HttpStatusCode.Created);
        return project.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddOptionAsync(this HttpClient client, Guid projectId, decimal investment, decimal annualSavings,
        string category = "good-housekeeping", bool confidential = false, string description = "Fix leaking valves")
    {
        var option = await client.PostOkAsync($"/api/assessments/projects/{projectId}/options", new
        {
            category, description, confidential, investment, annualSavings,
            reductions = new { energyKwh = 1000m, waterM3 = 500m, materialsT = 1m, wasteT = 2m, hazardousWasteT = 0.5m, emissionsTco2e = 3m },
        }, HttpStatusCode.Created);
        return option.GetProperty("id").GetGuid();
    }

    /// <summary>Takes an option through accept → implement (→ verify when savings are given).</summary>
    public static async Task ImplementAsync(this HttpClient client, Guid projectId, Guid optionId, decimal? actualInvestment = null,
        decimal? verifiedAnnualSavings = null)
    {
        var option = $"/api/assessments/projects/{projectId}/options/{optionId}";
        await client.PostOkAsync($"{option}/accept", new { });
        await client.PostOkAsync($"{option}/implement", new { date = "2026-10-01", actualInvestment });
        if (verifiedAnnualSavings is not null)
        {
            await client.PostOkAsync($"{option}/verify", new { verifiedAnnualSavings });
        }
    }
}
