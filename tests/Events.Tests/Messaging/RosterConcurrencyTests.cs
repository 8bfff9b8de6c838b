using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.Events.Tests.Api;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests.Messaging;

public class RosterConcurrencyTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task A_suspension_applied_while_a_revocation_was_being_saved_does_not_write_over_it()
    {
        var certificateNumber = await factory.CertifyConsultantAsync("ana@consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);

        // As the revocation's and the suspension's consumers at once: both read a valid certificate, the revocation saves first.
        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<EventsDbContext>(factory.Services,
            async db => (await db.Roster.SingleAsync(c => c.CertificateNumber == certificateNumber)).Revoke(DateTimeOffset.UtcNow),
            async db => (await db.Roster.SingleAsync(c => c.CertificateNumber == certificateNumber)).Suspend(DateTimeOffset.UtcNow));

        await using var scope = factory.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Roster.AsNoTracking().SingleAsync(c => c.CertificateNumber == certificateNumber);
        Assert.Equal(CertificateStatus.Revoked, entry.Status);
    }
}
