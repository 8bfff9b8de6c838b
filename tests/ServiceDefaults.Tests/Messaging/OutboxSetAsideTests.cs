using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A row the relay cannot read must not hold back every later event of the service forever; a broker that is away
/// must never cost a row its place.
/// </summary>
public sealed class OutboxSetAsideTests
{
    private const int ReadAttempts = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> UnreadableRows => new()
    {
        // A type no assembly here holds, e.g. written by a newer version that was rolled back.
        { "CpPlatform.Retired.TallyReset, CpPlatform.Retired", """{"tallyId":"reset"}""" },
        // A known type with a body that is not one.
        { OutboxMessage.TypeName(typeof(TallyIncremented)), """{"tallyId":42}""" },
    };

    [Theory]
    [MemberData(nameof(UnreadableRows))]
    public async Task An_unreadable_row_is_set_aside_after_the_configured_attempts_and_the_events_behind_it_are_delivered(string messageType, string body)
    {
        await using var database = await TestDatabase.CreateAsync("set-aside");
        await using var virtualHost = await TestVirtualHost.CreateAsync("set-aside");
        await using var collector = await EventCollector<TallyIncremented>.StartAsync(virtualHost.ConnectionString, "set-aside-collector");
        using var setAside = new SetAsideMeasurements();
        await using var service = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString,
            outbox: options => options.ReadAttemptsBeforeSetAside = ReadAttempts);
        var unreadable = Guid.CreateVersion7();

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = unreadable, MessageType = messageType, Body = body, CreatedAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            });
            db.AddEvent(new TallyIncremented("behind-the-unreadable-row"));
            await db.SaveChangesAsync();
        }

        await collector.WaitForAsync(message => message.TallyId == "behind-the-unreadable-row", Patience);
        // Counted right after the commit that sets the row aside (the event behind it is published before that commit).
        await EventuallyAsync(() => setAside.Of(messageType) > 0, "the set-aside counter");
        Assert.Equal(1, setAside.Of(messageType));
        var row = await OutboxRowAsync(service, unreadable);
        Assert.NotNull(row.SetAsideAt);
        Assert.Null(row.SentAt);
        Assert.Equal((ReadAttempts, ReadAttempts), (row.ReadFailures, row.Attempts));
        Assert.Contains("cannot be read", row.LastError);
        var health = await service.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "outbox");
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.StartsWith("1 outbox message(s) set aside", health.Entries["outbox"].Description);
    }

    [Fact]
    public async Task A_broker_that_is_away_never_gets_a_row_set_aside()
    {
        await using var database = await TestDatabase.CreateAsync("set-aside-outage");
        var virtualHost = await TestVirtualHost.CreateAsync("set-aside-outage");
        await using var service = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString, outbox: options =>
        {
            options.ReadAttemptsBeforeSetAside = ReadAttempts;
            options.PublishTimeout = TimeSpan.FromSeconds(1);
        });
        // Deleting the service's virtual host takes the broker away from it, as an outage would.
        await virtualHost.DisposeAsync();

        Guid waiting;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.AddEvent(new TallyIncremented("during-the-outage"));
            waiting = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity.Id;
            await db.SaveChangesAsync();
        }

        await EventuallyAsync(async () => (await OutboxRowAsync(service, waiting)).Attempts > ReadAttempts, "more failed publishes than the read attempts");
        var row = await OutboxRowAsync(service, waiting);
        Assert.Equal((null, null, 0), (row.SentAt, row.SetAsideAt, row.ReadFailures));
        var health = await service.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "outbox");
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    private static async Task<OutboxMessage> OutboxRowAsync(TallyServiceHost service, Guid id)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(row => row.Id == id);
    }

    private static Task EventuallyAsync(Func<bool> condition, string what) => EventuallyAsync(() => Task.FromResult(condition()), what);

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {Patience} for {what}.");
            await Task.Delay(100);
        }
    }
}
