using System.Net;
using CpPlatform.Contracts.Events;
using CpPlatform.Events.Data;
using CpPlatform.Events.Tests.Api;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests.Messaging;

public class AttendanceRecordedTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_company_attendee_is_announced_once_through_the_outbox_however_often_checked_in()
    {
        await using var recorded = await EventCollector<EventAttendanceRecorded>.StartAsync(factory.VirtualHost.ConnectionString, "test-attendance-recorded");
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(kind: "sector-workshop"));
        var registrationId = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@cdn.mx", "company", enterpriseId), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await center.PostOkAsync($"/api/events/{eventId}/walk-ins", ApiClient.Person("juan@gob.mx", "government"), HttpStatusCode.Created);

        await Task.WhenAll(Enumerable.Range(1, 3).Select(_ => factory.AsCenter(centerId).PostOkAsync($"/api/events/{eventId}/registrations/{registrationId}/check-in", null)));
        await center.PostOkAsync($"/api/events/{eventId}/walk-ins", ApiClient.Person("ana@cdn.mx", "company", enterpriseId));

        var attended = (await recorded.WaitForAsync(m => m.EventId == eventId, Delivery)).Message;
        Assert.Equal((centerId, enterpriseId, "sector-workshop"), (attended.CenterId, attended.EnterpriseId, attended.EventKind));
        await factory.Database.WaitUntilOutboxRelayedAsync();
        await recorded.WaitUntilDrainedAsync();
        Assert.Single(recorded.Received, context => context.Message.EventId == eventId);
    }

    [Fact]
    public async Task Enterprise_snapshots_follow_the_newest_revision_only()
    {
        var centerId = ApiClient.NewCenterId();
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        await factory.PublishAsync(new Contracts.Enterprises.EnterpriseUpdated
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Enterprise = ApiClient.Snapshot(enterpriseId, revision: 3, legalName: "Curtidos del Norte SA"),
        });
        await factory.WaitUntilAsync(async db => (await db.Enterprises.FindAsync(enterpriseId))?.Revision == 3, "revision 3");
        var late = Guid.NewGuid();
        await factory.PublishAsync(new Contracts.Enterprises.EnterpriseStageChanged
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Enterprise = ApiClient.Snapshot(enterpriseId, revision: 2, legalName: "Old name"), PreviousStage = "prospect",
        }, late);
        await factory.WaitUntilAsync(db => db.InboxMessages.AnyAsync(row => row.MessageId == late), "the late message");

        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Enterprises.SingleAsync(e => e.EnterpriseId == enterpriseId);
        Assert.Equal((3L, "Curtidos del Norte SA", centerId), (snapshot.Revision, snapshot.LegalName, snapshot.CenterId));
    }
}
