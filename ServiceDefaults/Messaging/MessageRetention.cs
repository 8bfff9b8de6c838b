using CpPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Deletes published outbox rows and inbox rows once they are older than <see cref="MessageRetentionOptions"/> allows:
/// without it both tables grow by a row per event for ever (the benchmark's enterprises outbox held 244,000 rows).
/// </summary>
/// <remarks>
/// Old rows are found by a sequential scan that stops after a batch: they sit at the start of these append-only tables,
/// and an index on <c>sent_at</c> or <c>processed_at</c> would cost every event a write to spare an hourly scan. Rows
/// another instance is deleting are skipped, not waited for, so several instances may run.
/// </remarks>
internal sealed class MessageRetention<TContext>(
    IServiceScopeFactory scopes,
    IOptions<MessageRetentionOptions> options,
    ILogger<MessageRetention<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await Task.Delay(settings.FirstPassAfter, stoppingToken);
            using var timer = new PeriodicTimer(settings.Interval);
            do
            {
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Old outbox and inbox rows could not be deleted; trying again in {Interval}", settings.Interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Deletes every row past its retention, a batch per statement, and says how many of each went.</summary>
    internal async Task<(int SentOutboxMessages, int InboxMessages)> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        // The rows carry the machine's time when they were sent or processed, not the service's TimeProvider (which tests
        // move to other days), so their age is measured against the database's clock.
        var sentOutboxFor = settings.SentOutboxMessagesFor;
        var outbox = await DeleteInBatchesAsync(batch => db.Database.ExecuteSqlAsync(
            $"DELETE FROM outbox_messages WHERE id IN (SELECT id FROM outbox_messages WHERE sent_at < now() - {sentOutboxFor} LIMIT {batch} FOR UPDATE SKIP LOCKED)",
            cancellationToken), settings.BatchSize);

        var inboxFor = settings.InboxMessagesFor;
        var inbox = await DeleteInBatchesAsync(batch => db.Database.ExecuteSqlAsync(
            $"DELETE FROM inbox_messages WHERE (message_id, consumer) IN (SELECT message_id, consumer FROM inbox_messages WHERE processed_at < now() - {inboxFor} LIMIT {batch} FOR UPDATE SKIP LOCKED)",
            cancellationToken), settings.BatchSize);

        if (outbox + inbox > 0)
        {
            logger.LogInformation("Deleted {OutboxCount} outbox message(s) published more than {SentOutboxFor} ago and {InboxCount} inbox row(s) processed more than {InboxFor} ago",
                outbox, sentOutboxFor, inbox, inboxFor);
        }
        return (outbox, inbox);
    }

    private static async Task<int> DeleteInBatchesAsync(Func<int, Task<int>> deleteBatch, int batchSize)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await deleteBatch(batchSize);
            total += deleted;
        }
        while (deleted == batchSize);
        return total;
    }
}
