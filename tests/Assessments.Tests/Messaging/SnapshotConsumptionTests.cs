using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Tests.Api;
using CpPlatform.Contracts.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Assessments.Tests.Messaging;

public class SnapshotConsumptionTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    [Fact]
    public async Task A_redelivered_message_is_handled_once()
    {
        var enterpriseId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var registered = new EnterpriseRegistered
        {
            CenterId = "mx-chihuahua",
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = AssessmentsFactory.Snapshot(enterpriseId, legalName: "Lácteos del Valle", sector: "dairy"),
        };

        await factory.PublishAsync(registered, messageId);
        await factory.PublishAsync(registered, messageId);
        await factory.WaitUntilDeliveredAsync(messageId, times: 2);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>();
        Assert.Equal(1, await db.InboxMessages.CountAsync(row => row.MessageId == messageId));
        var snapshot = await db.Enterprises.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal(("mx-chihuahua", "Lácteos del Valle", "dairy", 1L, true), (snapshot.CenterId, snapshot.LegalName, snapshot.Sector, snapshot.Revision, snapshot.PublishResults));
    }

    [Fact]
    public async Task A_snapshot_older_than_the_one_held_is_ignored()
    {
        var centerId = ApiClient.NewCenterId();
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId, sizeClass: "small");
        await factory.PublishAsync(Updated(centerId, enterpriseId, revision: 3, sizeClass: "medium"), Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 3);

        var lateMessage = Guid.NewGuid();
        await factory.PublishAsync(Updated(centerId, enterpriseId, revision: 2, sizeClass: "micro"), lateMessage);
        await factory.WaitUntilConsumedAsync(lateMessage, "EnterpriseUpdatedConsumer");

        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>().Enterprises.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal((3L, "medium"), (snapshot.Revision, snapshot.SizeClass));
    }

    [Fact]
    public async Task A_stage_change_refreshes_the_snapshot()
    {
        var centerId = ApiClient.NewCenterId();
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId, publishResults: false);

        await factory.PublishAsync(new EnterpriseStageChanged
        {
            CenterId = centerId,
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = AssessmentsFactory.Snapshot(enterpriseId, revision: 2, publishResults: true) with { Stage = "aware" },
            PreviousStage = "prospect",
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 2);

        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>().Enterprises.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal(("aware", true), (snapshot.Stage, snapshot.PublishResults));
    }

    private static EnterpriseUpdated Updated(string centerId, Guid enterpriseId, long revision, string sizeClass) => new()
    {
        CenterId = centerId,
        OccurredAt = DateTimeOffset.UtcNow,
        Enterprise = AssessmentsFactory.Snapshot(enterpriseId, revision: revision, sizeClass: sizeClass),
    };
}
