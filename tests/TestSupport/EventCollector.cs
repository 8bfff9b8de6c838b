using System.Collections.Concurrent;
using MassTransit;

namespace CpPlatform.TestSupport;

/// <summary>
/// A separate bus, as another service would have, that subscribes to <typeparamref name="TMessage"/> on a virtual
/// host and keeps every delivery, so tests can assert what was really published to RabbitMQ.
/// </summary>
public sealed class EventCollector<TMessage> : IAsyncDisposable where TMessage : class
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<ConsumeContext<TMessage>> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private EventCollector(IBusControl bus) => _bus = bus;

    public IReadOnlyCollection<ConsumeContext<TMessage>> Received => _received;

    public static async Task<EventCollector<TMessage>> StartAsync(string amqpConnectionString, string queueName)
    {
        EventCollector<TMessage>? collector = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(amqpConnectionString));
            rabbit.ReceiveEndpoint(queueName, endpoint => endpoint.Handler<TMessage>(context =>
            {
                collector!._received.Enqueue(context);
                collector._arrived.Release();
                return Task.CompletedTask;
            }));
        });
        collector = new EventCollector<TMessage>(bus);
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

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        _arrived.Dispose();
    }
}
