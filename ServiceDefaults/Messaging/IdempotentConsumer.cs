using CpPlatform.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effects happen at most once per message: the inbox row and the effects commit together, so a
/// redelivered (or concurrently delivered) message finds its row and changes nothing.
/// </summary>
/// <remarks>
/// The inbox row is saved with the effects, in the same statement batch, rather than claimed by a statement of its own
/// first: one round trip less per message (each consuming service pays it for every event). A copy of a message that is
/// already handled therefore runs <see cref="HandleAsync"/> too, and then fails on the row's key (or on whatever key its
/// effects share with the first copy's, or on a rule the first copy's effects now break); it is rolled back, and once
/// the message's row is found the copy is ignored. A copy racing the first one waits on the key until the first one's
/// transaction ends, as before.
/// </remarks>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.BeginAllOrNothingTransactionAsync(cancellationToken);
        db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
        try
        {
            await HandleAsync(context.Message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (!await db.InboxMessages.AnyAsync(row => row.MessageId == messageId && row.Consumer == consumer, cancellationToken))
            {
                throw;
            }
            logger.LogInformation("{Consumer} already handled message {MessageId}; ignoring the redelivery", consumer, messageId);
            return;
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies the message to the service's own data; changes are saved by the caller, with the inbox row.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
