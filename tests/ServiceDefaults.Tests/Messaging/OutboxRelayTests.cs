using CpPlatform.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

public sealed class OutboxRelayTests
{
    [Fact]
    public async Task Two_instances_relaying_one_outbox_publish_every_event_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync("relay");
        await using var virtualHost = await TestVirtualHost.CreateAsync("relay");
        await using var collector = await EventCollector<TallyIncremented>.StartAsync(virtualHost.ConnectionString, "relay-collector");
        await using var first = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString);
        await using var second = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString);
        const int events = 300;

        await Task.WhenAll(WriteEventsAsync(first, 0, events / 2), WriteEventsAsync(second, events / 2, events / 2));
        await database.WaitUntilOutboxRelayedAsync();
        await collector.WaitUntilDrainedAsync();

        Assert.Equal(events, collector.Received.Count);
        Assert.Equal(events, collector.Received.Select(context => context.MessageId).Distinct().Count());
        Assert.Equal(events, collector.Received.Select(context => context.Message.TallyId).Distinct().Count());
    }

    /// <summary>Each event is committed in its own transaction, as requests would, with the relays running.</summary>
    private static async Task WriteEventsAsync(TallyServiceHost host, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.AddEvent(new TallyIncremented($"relay-{i}"));
            await db.SaveChangesAsync();
        }
    }
}
