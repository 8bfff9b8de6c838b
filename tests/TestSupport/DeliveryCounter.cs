using System.Collections.Concurrent;
using MassTransit;

namespace CpPlatform.TestSupport;

/// <summary>
/// Counts, per message id, the deliveries the service's consumers finished handling, redeliveries included (the inbox
/// makes those change nothing, so no table shows that they ran).
/// </summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _handled = new();

    public int Handled(Guid messageId) => _handled.GetValueOrDefault(messageId);

    Task IConsumeObserver.PreConsume<T>(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeObserver.PostConsume<T>(ConsumeContext<T> context)
    {
        if (context.MessageId is { } messageId)
        {
            _handled.AddOrUpdate(messageId, 1, (_, count) => count + 1);
        }
        return Task.CompletedTask;
    }

    Task IConsumeObserver.ConsumeFault<T>(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
