using System.Net;
using CpPlatform.Assessments.Tests.Api;
using CpPlatform.Contracts.Assessments;
using CpPlatform.TestSupport;

namespace CpPlatform.Assessments.Tests.Messaging;

public class EventPublishingTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_step_of_a_project_is_published_through_the_outbox()
    {
        var vhost = factory.VirtualHost.ConnectionString;
        await using var preAssessed = await EventCollector<PreAssessmentCompleted>.StartAsync(vhost, "test-pre-assessed");
        await using var selected = await EventCollector<DemonstrationProjectSelected>.StartAsync(vhost, "test-selected");
        await using var implemented = await EventCollector<OptionImplemented>.StartAsync(vhost, "test-implemented");
        await using var verified = await EventCollector<AssessmentResultsVerified>.StartAsync(vhost, "test-verified");
        await using var scored = await EventCollector<ConsultantScored>.StartAsync(vhost, "test-scored");
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);

        await client.PostOkAsync("/api/assessments/pre-assessments", new
        {
            enterpriseId, date = "2026-09-15", specialist = "Ana Ruiz", findings = "Chrome losses", locallySignificantImpact = true, managementCommitment = true,
        }, HttpStatusCode.Created);
        var project = await client.PostOkAsync("/api/assessments/projects", new
        {
            enterpriseId, locallySignificantImpact = true, managementCommitment = true,
            consultants = new[] { new { name = "Luis Pérez", email = "luis@consult.mx" } },
        }, HttpStatusCode.Created);
        var projectId = project.GetProperty("id").GetGuid();
        var optionId = await client.AddOptionAsync(projectId, 4_800m, 9_000m);
        await client.ImplementAsync(projectId, optionId, verifiedAnnualSavings: 9_600m);
        await client.PostOkAsync($"/api/assessments/projects/{projectId}/scores", new { consultantEmail = "luis@consult.mx", score = 86 });

        var preAssessment = (await preAssessed.WaitForAsync(m => m.EnterpriseId == enterpriseId, Delivery)).Message;
        Assert.True(preAssessment.Qualifies);
        Assert.Equal(centerId, preAssessment.CenterId);
        Assert.Equal(projectId, (await selected.WaitForAsync(m => m.EnterpriseId == enterpriseId, Delivery)).Message.ProjectId);
        var implementation = (await implemented.WaitForAsync(m => m.ProjectId == projectId, Delivery)).Message;
        Assert.Equal((optionId, "good-housekeeping", 4_800m), (implementation.OptionId, implementation.Category, implementation.Investment));
        var evidence = (await verified.WaitForAsync(m => m.ProjectId == projectId, Delivery)).Message;
        Assert.Equal((enterpriseId, "MX", 4_800m, 9_600m, 6m), (evidence.EnterpriseId, evidence.Country, evidence.Investment, evidence.AnnualSavings, evidence.PaybackMonths));
        Assert.Equal(1_000m, evidence.Reductions.EnergyKwh);
        Assert.False(string.IsNullOrEmpty(evidence.TaxId));
        var score = (await scored.WaitForAsync(m => m.ProjectId == projectId, Delivery)).Message;
        Assert.Equal(("luis@consult.mx", "Luis Pérez", 86), (score.ConsultantEmail, score.ConsultantName, score.Score));
    }
}
