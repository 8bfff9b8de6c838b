using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Contracts.Events;
using CpPlatform.Contracts.Financing;
using CpPlatform.Enterprises.Tests.Api;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Messaging;

public class AwareStageTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Attending_an_event_makes_a_prospect_aware_once_and_announces_it()
    {
        await using var changes = await EventCollector<EnterpriseStageChanged>.StartAsync(factory.VirtualHost.ConnectionString, "test-stage-aware");
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var attended = Attended(centerId, enterprise.Id);

        await factory.PublishAsync(attended, Guid.NewGuid());
        var aware = await changes.WaitForAsync(m => m.Enterprise.EnterpriseId == enterprise.Id && m.Enterprise.Stage == "aware", Delivery);
        // A second event attended later (a new message) leaves the stage where it is.
        var secondAttendance = Guid.NewGuid();
        await factory.PublishAsync(attended with { EventId = Guid.NewGuid() }, secondAttendance);
        await factory.WaitUntilConsumedAsync(secondAttendance);

        Assert.Equal("prospect", aware.Message.PreviousStage);
        Assert.Single(changes.Received, context => context.Message.Enterprise.EnterpriseId == enterprise.Id);
        Assert.Equal("aware", await StageAsync(client, enterprise.Id));
    }

    [Fact]
    public async Task Attending_an_event_never_moves_an_enterprise_back()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        await factory.PublishAsync(new LoanPlacedUnderCoverage
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, EnterpriseId = enterprise.Id, Country = "MX", TaxId = enterprise.TaxId,
            BankId = "banco-norte", FacilityId = Guid.NewGuid(), LoanId = Guid.NewGuid(), Principal = 120_000m, GuaranteedAmount = 60_000m,
        }, Guid.NewGuid());
        await WaitForStageAsync(client, enterprise.Id, "financed");

        var attendance = Guid.NewGuid();
        await factory.PublishAsync(Attended(centerId, enterprise.Id), attendance);
        await factory.WaitUntilConsumedAsync(attendance);

        Assert.Equal("financed", await StageAsync(client, enterprise.Id));
    }

    private static EventAttendanceRecorded Attended(string centerId, Guid enterpriseId) => new()
    {
        CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, EventId = Guid.NewGuid(), EnterpriseId = enterpriseId,
        EventKind = "awareness-talk", AttendedOn = new DateOnly(2026, 10, 1),
    };

    private static async Task<string?> StageAsync(HttpClient client, Guid enterpriseId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/enterprises/{enterpriseId}")).GetProperty("stage").GetString();

    private static async Task WaitForStageAsync(HttpClient client, Guid enterpriseId, string stage)
    {
        var deadline = DateTime.UtcNow + Delivery;
        while (await StageAsync(client, enterpriseId) != stage)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Enterprise {enterpriseId} did not reach {stage} within {Delivery}.");
            await Task.Delay(100);
        }
    }
}
