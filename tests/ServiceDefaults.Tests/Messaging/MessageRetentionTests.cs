using System.Text.Json;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>Handled messages are deleted once past their retention; nothing an event still needs ever is.</summary>
public sealed class MessageRetentionTests
{
    private static readonly DateTimeOffset TenDaysAgo = DateTimeOffset.UtcNow.AddDays(-10);
    private static readonly DateTimeOffset AnHourAgo = DateTimeOffset.UtcNow.AddHours(-1);

    [Fact]
    public async Task Published_outbox_rows_and_inbox_rows_past_their_retention_are_deleted_in_batches_and_nothing_else()
    {
        await using var database = await TestDatabase.CreateAsync("retention");
        await using var virtualHost = await TestVirtualHost.CreateAsync("retention");
        await using var service = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString,
            retention: options =>
            {
                options.SentOutboxMessagesFor = TimeSpan.FromDays(7);
                options.InboxMessagesFor = TimeSpan.FromDays(9);
                options.BatchSize = 2;
            });
        var oldSent = Enumerable.Range(0, 5).Select(_ => Outbox(createdAt: TenDaysAgo, sentAt: TenDaysAgo)).ToList();
        var recentSent = Outbox(createdAt: TenDaysAgo, sentAt: AnHourAgo);
        var oldSetAside = Outbox(createdAt: TenDaysAgo, sentAt: null, setAsideAt: TenDaysAgo);
        var oldInbox = Enumerable.Range(0, 3).Select(_ => Inbox(TenDaysAgo)).ToList();
        var recentInbox = Inbox(AnHourAgo);
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.OutboxMessages.AddRange([.. oldSent, recentSent, oldSetAside]);
            db.InboxMessages.AddRange([.. oldInbox, recentInbox]);
            await db.SaveChangesAsync();
        }

        var deleted = await service.Services.GetRequiredService<MessageRetention<TallyDbContext>>().PruneAsync(CancellationToken.None);

        Assert.Equal((5, 3), deleted);
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            Assert.Equal(new[] { recentSent.Id, oldSetAside.Id }.Order(), (await db.OutboxMessages.Select(row => row.Id).ToListAsync()).Order());
            Assert.Equal([recentInbox.MessageId], await db.InboxMessages.Select(row => row.MessageId).ToListAsync());
        }
        Assert.Equal((0, 0), await service.Services.GetRequiredService<MessageRetention<TallyDbContext>>().PruneAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_old_row_still_waiting_to_be_published_is_kept_and_delivered()
    {
        await using var database = await TestDatabase.CreateAsync("retention-unsent");
        await using var virtualHost = await TestVirtualHost.CreateAsync("retention-unsent");
        await using var service = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString,
            outbox: options => options.PollInterval = TimeSpan.FromHours(1));
        var retention = service.Services.GetRequiredService<MessageRetention<TallyDbContext>>();
        // Written straight into the table, as a row the broker's long outage left behind would be: no commit wakes the relay.
        var waiting = Outbox(createdAt: TenDaysAgo, sentAt: null);
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO outbox_messages (id, message_type, body, created_at, attempts, read_failures) VALUES ({waiting.Id}, {waiting.MessageType}, {waiting.Body}::jsonb, {waiting.CreatedAt}, 0, 0)");
        }

        Assert.Equal((0, 0), await retention.PruneAsync(CancellationToken.None));

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            Assert.True(await db.OutboxMessages.AnyAsync(row => row.Id == waiting.Id && row.SentAt == null));
        }
        service.Services.GetRequiredService<OutboxSignal>().Notify();
        await service.WaitForConsumedAsync(1, TimeSpan.FromSeconds(30));
        Assert.Contains(waiting.Id, service.Consumed);
    }

    [Fact]
    public async Task An_inbox_retention_shorter_than_a_day_is_refused_at_start()
    {
        await using var database = await TestDatabase.CreateAsync("retention-refused");
        await using var virtualHost = await TestVirtualHost.CreateAsync("retention-refused");

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => TallyServiceHost.StartAsync(
            database.ConnectionString, virtualHost.ConnectionString, retention: options => options.InboxMessagesFor = TimeSpan.FromHours(1)));

        Assert.Contains("MessageRetention:InboxMessagesFor", refused.Message);
    }

    private static OutboxMessage Outbox(DateTimeOffset createdAt, DateTimeOffset? sentAt, DateTimeOffset? setAsideAt = null) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = OutboxMessage.TypeName(typeof(TallyIncremented)),
        Body = JsonSerializer.Serialize(new TallyIncremented("retention"), JsonSerializerOptions.Web),
        CreatedAt = createdAt,
        SentAt = sentAt,
        SetAsideAt = setAsideAt,
    };

    private static InboxMessage Inbox(DateTimeOffset processedAt) =>
        new() { MessageId = Guid.CreateVersion7(), Consumer = "TallyConsumer", ProcessedAt = processedAt };
}
