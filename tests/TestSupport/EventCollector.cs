using System.Collections.Concurrent;
using MassTransit;

namespace CpPlatform.TestSupport;

/// <summary>
/// A separate bus, as another service would have, that subscribes to <typeparamref name="TMessage"/> on a virtual
/// host and keeps every delivery, so tests can assert what was really published to RabbitMQ.
/// </summary>
public sealed class EventCollector<TMessage> : IAsyncDisposable where TMessage : class
{
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(60);

    private readonly IBusControl _bus;
    private readonly Uri _queue;
    private readonly ConcurrentQueue<ConsumeContext<TMessage>> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _markers = new();

    private EventCollector(IBusControl bus, string queueName)
    {
        _bus = bus;
        _queue = new Uri($"queue:{queueName}");
    }

    public IReadOnlyCollection<ConsumeContext<TMessage>> Received => _received;

    public static async Task<EventCollector<TMessage>> StartAsync(string amqpConnectionString, string queueName)
    {
        EventCollector<TMessage>? collector = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(amqpConnectionString));
            rabbit.ReceiveEndpoint(queueName, endpoint =>
            {
                // One delivery at a time, in queue order: a drain marker is then handled only after everything before it.
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.Handler<TMessage>(context =>
                {
                    collector!._received.Enqueue(context);
                    collector._arrived.Release();
                    return Task.CompletedTask;
                });
                endpoint.Handler<CollectorDrainMarker>(context =>
                {
                    if (collector!._markers.TryGetValue(context.Message.Id, out var drained))
                    {
                        drained.TrySetResult();
                    }
                    return Task.CompletedTask;
                });
            });
        });
        collector = new EventCollector<TMessage>(bus, queueName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return collector;
    }

    /// <summary>Waits until a delivery matching <paramref name="match"/> arrives; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<ConsumeContext<TMessage>> WaitForAsync(Func<TMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = _received.FirstOrDefault(context => match(context.Message));
            if (found is not null)
            {
                return found;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new TimeoutException($"No {typeof(TMessage).Name} matching the test's condition arrived within {timeout}.");
            }
        }
    }

    /// <summary>
    /// Returns once every message already in this collector's queue has been recorded, by sending a marker through the
    /// queue behind them. After the publisher has finished (e.g. the outbox rows are marked sent, which happens only
    /// once the broker confirmed each publish), <see cref="Received"/> then holds every copy it published.
    /// </summary>
    public async Task WaitUntilDrainedAsync()
    {
        var marker = new CollectorDrainMarker(Guid.NewGuid());
        var drained = _markers.GetOrAdd(marker.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var queue = await _bus.GetSendEndpoint(_queue);
        await queue.Send(marker);
        try
        {
            await drained.Task.WaitAsync(DrainPatience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The {typeof(TMessage).Name} collector's queue was not drained within {DrainPatience}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        _arrived.Dispose();
    }
}

/// <summary>Sent by a collector to its own queue: when it comes back, everything queued before it has been recorded.</summary>
public sealed record CollectorDrainMarker(Guid Id);
