using CpPlatform.Contracts.Enterprises;
using CpPlatform.Financing.Data;
using CpPlatform.Financing.Messaging;
using CpPlatform.Financing.Tests.Api;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Financing.Tests.Messaging;

public class SnapshotConsumptionTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
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
            Enterprise = ApiClient.Snapshot(enterpriseId, "cdn-850101 ab1"),
        };

        await factory.PublishAsync(registered, messageId);
        await factory.PublishAsync(registered, messageId);
        await factory.WaitUntilDeliveredAsync(messageId, times: 2);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FinancingDbContext>();
        Assert.Equal(1, await db.InboxMessages.CountAsync(row => row.MessageId == messageId));
        var snapshot = await db.Borrowers.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal(("mx-chihuahua", "MX", "CDN850101AB1", true, true, 1L),
            (snapshot.CenterId, snapshot.Country, snapshot.TaxId, snapshot.IsSme, snapshot.ShareWithBanks, snapshot.Revision));
    }

    [Fact]
    public async Task A_snapshot_older_than_the_one_held_is_ignored_and_a_newer_one_applies()
    {
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        await factory.PublishAsync(new EnterpriseStageChanged
        {
            CenterId = "mx-chihuahua",
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = ApiClient.Snapshot(enterpriseId, taxId, revision: 3, shareWithBanks: false) with { Stage = "aware" },
            PreviousStage = "prospect",
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 3);

        var late = Guid.NewGuid();
        await factory.PublishAsync(new EnterpriseUpdated
        {
            CenterId = "mx-chihuahua",
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = ApiClient.Snapshot(enterpriseId, taxId, revision: 2, shareWithBanks: true),
        }, late);
        await factory.WaitUntilConsumedAsync(late, "EnterpriseUpdatedConsumer");

        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<FinancingDbContext>().Borrowers.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal((3L, false), (snapshot.Revision, snapshot.ShareWithBanks));
    }

    [Fact]
    public async Task Only_the_newest_verification_is_kept_as_evidence()
    {
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var newer = Api.EligibilityApiTests.Verified(enterpriseId, Guid.NewGuid(), taxId) with { Investment = 10_000m };
        var older = Api.EligibilityApiTests.Verified(enterpriseId, Guid.NewGuid(), taxId) with { OccurredAt = newer.OccurredAt.AddDays(-1) };

        var newerId = Guid.NewGuid();
        var olderId = Guid.NewGuid();
        await factory.PublishAsync(newer, newerId);
        await factory.WaitUntilConsumedAsync(newerId, "AssessmentResultsVerifiedConsumer");
        await factory.PublishAsync(older, olderId);
        await factory.WaitUntilConsumedAsync(olderId, "AssessmentResultsVerifiedConsumer");

        await using var scope = factory.Services.CreateAsyncScope();
        var evidence = await scope.ServiceProvider.GetRequiredService<FinancingDbContext>().Evidence.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal((newer.ProjectId, 10_000m), (evidence.AssessmentId, evidence.Investment));
    }

    [Fact]
    public async Task An_older_revision_read_before_a_newer_one_was_saved_is_refused_rather_than_saved_over_it()
    {
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);

        // As two consumers applying revisions 3 and 2 at the same time: both read revision 1, the newer one saves first.
        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<FinancingDbContext>(factory.Services,
            db => BorrowerSnapshots.ApplyAsync(db, "mx-chihuahua", ApiClient.Snapshot(enterpriseId, taxId, revision: 3, shareWithBanks: false), CancellationToken.None),
            db => BorrowerSnapshots.ApplyAsync(db, "mx-chihuahua", ApiClient.Snapshot(enterpriseId, taxId, revision: 2), CancellationToken.None));

        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<FinancingDbContext>().Borrowers.AsNoTracking().SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal((3L, false), (snapshot.Revision, snapshot.ShareWithBanks));
    }

    [Fact]
    public async Task Evidence_read_before_a_newer_verification_was_saved_is_refused_rather_than_saved_over_it()
    {
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var firstId = Guid.NewGuid();
        var first = Api.EligibilityApiTests.Verified(enterpriseId, Guid.NewGuid(), taxId) with { OccurredAt = DateTimeOffset.UtcNow.AddDays(-2) };
        await factory.PublishAsync(first, firstId);
        await factory.WaitUntilConsumedAsync(firstId, "AssessmentResultsVerifiedConsumer");

        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<FinancingDbContext>(factory.Services,
            async db => (await db.Evidence.SingleAsync(e => e.EnterpriseId == enterpriseId)).VerifiedAt = DateTimeOffset.UtcNow,
            async db => (await db.Evidence.SingleAsync(e => e.EnterpriseId == enterpriseId)).VerifiedAt = DateTimeOffset.UtcNow.AddDays(-1));
    }
}
