using CpPlatform.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effects happen at most once per message: the inbox row and the effects commit together, so a
/// redelivered (or concurrently delivered) message finds its row and changes nothing.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        // A failed save fails the whole transaction here, so EF's savepoint around each save (and its release, a
        // round trip of its own) buys nothing.
        db.Database.AutoSavepointsEnabled = false;
        // Claiming the inbox row first makes a concurrent duplicate wait on the key until this transaction ends.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING",
            context.CancellationToken);
        if (claimed == 0)
        {
            logger.LogInformation("{Consumer} already handled message {MessageId}; ignoring the redelivery", consumer, messageId);
            return;
        }

        await HandleAsync(context.Message, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies the message to the service's own data; changes are saved by the caller, with the inbox row.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
