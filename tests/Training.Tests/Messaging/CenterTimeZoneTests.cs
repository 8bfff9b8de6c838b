using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Training.Tests.Messaging;

/// <summary>Issue 13: training keeps each center's time zone from the enterprises service's center events.</summary>
public class CenterTimeZoneTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task The_newest_revision_of_a_centers_zone_is_kept_whatever_order_the_events_arrive_in()
    {
        var centerId = $"pe-{Guid.NewGuid():N}"[..16];
        var updated = Guid.NewGuid();
        var registered = Guid.NewGuid();

        await factory.PublishAsync(
            new CenterUpdated { CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Center = Snapshot(2, "America/Lima") }, updated);
        await factory.WaitUntilConsumedAsync(updated);
        await factory.PublishAsync(
            new CenterRegistered { CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Center = Snapshot(1, "America/Bogota") }, registered);
        await factory.WaitUntilConsumedAsync(registered);

        await using var scope = factory.Services.CreateAsyncScope();
        var zone = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Set<CenterTimeZone>().SingleAsync(z => z.CenterId == centerId);
        Assert.Equal(("America/Lima", 2L), (zone.TimeZone, zone.Revision));
    }

    [Fact]
    public async Task A_zone_change_shows_in_the_centers_clock_at_once_though_its_zone_was_read_before()
    {
        var centerId = $"mx-{Guid.NewGuid():N}"[..16];
        var registered = Guid.NewGuid();
        var moved = Guid.NewGuid();
        var unknown = await ZoneAsync(centerId); // nothing known yet, and that answer is kept too

        await factory.PublishAsync(
            new CenterRegistered { CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Center = Snapshot(1, "America/Mexico_City") }, registered);
        await factory.WaitUntilConsumedAsync(registered);
        var first = await ZoneAsync(centerId);
        await ZoneAsync(centerId);
        await factory.PublishAsync(
            new CenterUpdated { CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Center = Snapshot(2, "America/Cancun") }, moved);
        await factory.WaitUntilConsumedAsync(moved);

        Assert.Equal(("UTC", "America/Mexico_City", "America/Cancun"), (unknown, first, await ZoneAsync(centerId)));
    }

    private async Task<string> ZoneAsync(string centerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<CenterClock>();
        return (await clock.AtAsync(centerId, CancellationToken.None)).Zone.Id;
    }

    private static CenterSnapshot Snapshot(long revision, string timeZone) =>
        new() { Revision = revision, Name = "CER", Country = "PE", TimeZone = timeZone };
}
