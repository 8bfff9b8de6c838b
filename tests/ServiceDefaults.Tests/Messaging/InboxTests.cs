using CpPlatform.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

public sealed class InboxTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private TallyServiceHost _service = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("inbox");
        _virtualHost = await TestVirtualHost.CreateAsync("inbox");
        _service = await TallyServiceHost.StartAsync(_database.ConnectionString, _virtualHost.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_same_message_delivered_twice_changes_the_consumers_state_once()
    {
        var messageId = NewId.NextGuid();

        await PublishAsync("redelivered", messageId);
        await PublishAsync("redelivered", messageId);
        await _service.WaitForConsumedAsync(2, Patience);

        Assert.Equal(1, await CountAsync("redelivered"));
        Assert.Equal(1, await InboxRowsAsync(messageId));
    }

    [Fact]
    public async Task A_message_handled_before_is_ignored_even_where_handling_it_again_would_break_a_rule()
    {
        var messageId = NewId.NextGuid();

        await _service.Bus.Publish(new TallyIncremented("capped", AtMost: 1), context => context.MessageId = messageId);
        await _service.WaitForConsumedAsync(1, Patience);
        await _service.Bus.Publish(new TallyIncremented("capped", AtMost: 1), context => context.MessageId = messageId);
        await _service.WaitForConsumedAsync(2, Patience); // consumed, not faulted

        Assert.Equal(1, await CountAsync("capped"));
        Assert.Equal(1, await InboxRowsAsync(messageId));
    }

    [Fact]
    public async Task Distinct_messages_each_change_the_state()
    {
        await PublishAsync("distinct", NewId.NextGuid());
        await PublishAsync("distinct", NewId.NextGuid());
        await _service.WaitForConsumedAsync(2, Patience);

        Assert.Equal(2, await CountAsync("distinct"));
    }

    [Fact]
    public async Task Copies_delivered_concurrently_still_change_the_state_once()
    {
        var messageId = NewId.NextGuid();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PublishAsync("concurrent", messageId)));
        await _service.WaitForConsumedAsync(8, Patience);

        Assert.Equal(1, await CountAsync("concurrent"));
        Assert.Equal(1, await InboxRowsAsync(messageId));
    }

    private Task PublishAsync(string tallyId, Guid messageId) =>
        _service.Bus.Publish(new TallyIncremented(tallyId), context => context.MessageId = messageId);

    private async Task<int> CountAsync(string tallyId)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
        return (await db.Tallies.AsNoTracking().SingleOrDefaultAsync(tally => tally.Id == tallyId))?.Count ?? 0;
    }

    private async Task<int> InboxRowsAsync(Guid messageId)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
        return await db.InboxMessages.CountAsync(row => row.MessageId == messageId);
    }
}
