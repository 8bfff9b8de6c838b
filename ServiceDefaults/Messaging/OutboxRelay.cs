using System.Diagnostics;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ, keeping each row's id as the message id, and marks them sent.
/// Several instances may run: each claims rows with <c>FOR UPDATE SKIP LOCKED</c>. A row whose publish fails stays
/// unsent and is retried with backoff, so an event is never lost while the broker is away. A row that cannot be read
/// is retried a few times and then set aside, so one bad row does not hold back every later event of the service.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await RelayBatchAsync(settings, stoppingToken);
                if (result.Failed)
                {
                    backoff = NextBackoff(backoff, settings.MaxBackoff);
                    await Task.Delay(backoff, stoppingToken);
                    continue;
                }

                backoff = TimeSpan.Zero;
                if (result.Published < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                backoff = NextBackoff(backoff, settings.MaxBackoff);
                logger.LogWarning(exception, "Outbox relay could not read the outbox; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, stoppingToken);
            }
        }
    }

    private async Task<(int Published, bool Failed)> RelayBatchAsync(OutboxRelayOptions settings, CancellationToken stoppingToken)
    {
        // The relay's own reads and writes of the outbox every poll are not what operators look for in traces; each
        // publish is, in the trace of the request that wrote the event (see PublishAsync).
        using var untraced = SuppressInstrumentationScope.Begin();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.BeginAllOrNothingTransactionAsync(stoppingToken);

        var batch = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND set_aside_at IS NULL ORDER BY created_at LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(stoppingToken);

        var failed = false;
        var readable = new List<(OutboxMessage Message, (Type Type, object Event) Content)>();
        var setAside = new List<(OutboxMessage Message, UnreadableOutboxMessageException Reason)>();
        foreach (var message in batch)
        {
            try
            {
                readable.Add((message, message.ReadEvent()));
            }
            catch (UnreadableOutboxMessageException exception)
            {
                RecordFailure(message, exception);
                message.ReadFailures++;
                if (message.ReadFailures >= settings.ReadAttemptsBeforeSetAside)
                {
                    message.SetAsideAt = DateTimeOffset.UtcNow;
                    setAside.Add((message, exception));
                    continue;
                }
                logger.LogWarning(exception, "Outbox message {MessageId} ({MessageType}) could not be read on attempt {ReadFailure} of {ReadAttempts}",
                    message.Id, message.MessageType, message.ReadFailures, settings.ReadAttemptsBeforeSetAside);
                // Keep order: the rows behind it wait for the next try.
                failed = true;
                break;
            }
        }

        // Every publish is started in the rows' order before any confirm is awaited: the broker confirms them together,
        // so a batch costs about one confirm's wait, not one per row (one at a time, a backlog grew faster than it left).
        var publishes = readable.Select(row => PublishAsync(row.Message, row.Content, settings.PublishTimeout, stoppingToken)).ToList();
        var published = 0;
        (OutboxMessage Message, Exception Error)? firstBrokerFailure = null;
        for (var index = 0; index < readable.Count; index++)
        {
            var message = readable[index].Message;
            try
            {
                await publishes[index];
                message.SentAt = DateTimeOffset.UtcNow;
                published++;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The broker's failure, not the row's: the row waits however long the outage lasts. Rows after it that the
                // broker did confirm are marked sent, so across a broker failure they may arrive before it (consumers keep
                // the newest revision of what they copy; a row left unsent would only be published twice).
                RecordFailure(message, exception);
                firstBrokerFailure ??= (message, exception);
                failed = true;
            }
        }
        if (firstBrokerFailure is { } failure)
        {
            logger.LogWarning(failure.Error, "Publishing outbox message {MessageId} ({MessageType}) failed on attempt {Attempt} ({Failed} of {Count} in its batch failed)",
                failure.Message.Id, failure.Message.MessageType, failure.Message.Attempts, readable.Count - published, readable.Count);
        }

        await db.SaveChangesAsync(stoppingToken);
        await transaction.CommitAsync(stoppingToken);
        foreach (var (message, reason) in setAside)
        {
            ReportSetAside(message, reason);
        }
        if (published > 0)
        {
            logger.LogDebug("Outbox relay published {Count} message(s)", published);
        }
        return (published, failed);
    }

    private async Task PublishAsync(OutboxMessage message, (Type Type, object Event) content, TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var traced = SuppressInstrumentationScope.Begin(false);
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = PlatformTelemetry.Source.StartActivity($"outbox publish {content.Type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeoutSource.CancelAfter(timeout);
        await bus.Publish(content.Event, content.Type, context => context.MessageId = message.Id, timeoutSource.Token);
    }

    private static void RecordFailure(OutboxMessage message, Exception exception)
    {
        message.Attempts++;
        message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
    }

    /// <summary>Counted and logged once the row is durably set aside: each is an event other services will not get.</summary>
    private void ReportSetAside(OutboxMessage message, UnreadableOutboxMessageException exception)
    {
        OutboxMetrics.SetAside.Add(1, new KeyValuePair<string, object?>(OutboxMetrics.MessageTypeTag, message.MessageType));
        logger.LogError(exception,
            "Outbox message {MessageId} ({MessageType}) set aside after {ReadFailures} failed reads; it will not be published until an operator clears its set_aside_at",
            message.Id, message.MessageType, message.ReadFailures);
    }

    private static TimeSpan NextBackoff(TimeSpan current, TimeSpan max) =>
        current == TimeSpan.Zero ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromTicks(Math.Min(current.Ticks * 2, max.Ticks));
}
