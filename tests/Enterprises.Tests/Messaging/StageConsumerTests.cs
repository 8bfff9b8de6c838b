using System.Net.Http.Json;
using CpPlatform.Contracts.Assessments;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Enterprises.Apis;
using CpPlatform.Enterprises.Domain;
using CpPlatform.Enterprises.Tests.Api;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Messaging;

public class StageConsumerTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Assessment_events_advance_the_stage_step_by_step_and_announce_each_change()
    {
        await using var changes = await EventCollector<EnterpriseStageChanged>.StartAsync(factory.VirtualHost.ConnectionString, "test-stage-changed");
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var projectId = Guid.NewGuid();

        await factory.PublishAsync(PreAssessed(centerId, enterprise.Id), Guid.NewGuid());
        await WaitForStageAsync(client, enterprise.Id, "pre-assessed");
        await factory.PublishAsync(new DemonstrationProjectSelected { CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, ProjectId = projectId, EnterpriseId = enterprise.Id }, Guid.NewGuid());
        await WaitForStageAsync(client, enterprise.Id, "in-demonstration-project");
        await factory.PublishAsync(new OptionImplemented
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, ProjectId = projectId, OptionId = Guid.NewGuid(), EnterpriseId = enterprise.Id,
            Category = "good-housekeeping", ImplementedOn = new DateOnly(2026, 10, 1), Investment = 4_800m,
        }, Guid.NewGuid());
        await WaitForStageAsync(client, enterprise.Id, "implementing");
        await factory.PublishAsync(new AssessmentResultsVerified
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, ProjectId = projectId, EnterpriseId = enterprise.Id, Country = "MX",
            TaxId = enterprise.TaxId, Investment = 4_800m, AnnualSavings = 9_600m, PaybackMonths = 6m,
            Reductions = new ResourceReductions { EnergyKwh = 1m, WaterM3 = 1m, MaterialsT = 1m, WasteT = 1m, HazardousWasteT = 0m, EmissionsTco2e = 1m },
        }, Guid.NewGuid());
        await WaitForStageAsync(client, enterprise.Id, "results-verified");

        var verified = await changes.WaitForAsync(m => m.Enterprise.EnterpriseId == enterprise.Id && m.Enterprise.Stage == "results-verified", Delivery);
        Assert.Equal("implementing", verified.Message.PreviousStage);
        Assert.Equal(5, verified.Message.Enterprise.Revision);
    }

    [Fact]
    public async Task A_redelivered_or_late_event_changes_nothing()
    {
        await using var changes = await EventCollector<EnterpriseStageChanged>.StartAsync(factory.VirtualHost.ConnectionString, "test-stage-once");
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var messageId = Guid.NewGuid();

        await factory.PublishAsync(PreAssessed(centerId, enterprise.Id), messageId);
        await factory.PublishAsync(PreAssessed(centerId, enterprise.Id), messageId);
        await WaitForStageAsync(client, enterprise.Id, "pre-assessed");
        await changes.WaitForAsync(m => m.Enterprise.EnterpriseId == enterprise.Id, Delivery);
        // A second pre-assessment (a new message) arrives after the stage is reached: nothing moves.
        var secondPreAssessment = Guid.NewGuid();
        await factory.PublishAsync(PreAssessed(centerId, enterprise.Id), secondPreAssessment);
        await factory.WaitUntilConsumedAsync(secondPreAssessment);

        Assert.Single(changes.Received, context => context.Message.Enterprise.EnterpriseId == enterprise.Id);
        var stored = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{enterprise.Id}", ApiClient.Json);
        Assert.Equal(EngagementStage.PreAssessed, stored!.Stage);
    }

    private static PreAssessmentCompleted PreAssessed(string centerId, Guid enterpriseId) => new()
    {
        CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, PreAssessmentId = Guid.NewGuid(), EnterpriseId = enterpriseId,
        Date = new DateOnly(2026, 9, 15), Qualifies = true, FailedCriteria = [],
    };

    private static async Task WaitForStageAsync(HttpClient client, Guid enterpriseId, string stage)
    {
        var deadline = DateTime.UtcNow + Delivery;
        while (true)
        {
            var enterprise = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/enterprises/{enterpriseId}");
            if (enterprise.GetProperty("stage").GetString() == stage)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Enterprise {enterpriseId} did not reach {stage} within {Delivery}; it is {enterprise.GetProperty("stage")}.");
            await Task.Delay(100);
        }
    }
}
