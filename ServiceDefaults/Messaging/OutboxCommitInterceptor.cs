using Microsoft.EntityFrameworkCore;
using CpPlatform.ServiceDefaults.Data;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>Wakes the relay once a save that added events is durable, so events leave without waiting for its next poll.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, ILogger<OutboxCommitInterceptor> logger) : AfterCommitInterceptor<OutboxMessage>(logger)
{
    protected override IEnumerable<OutboxMessage> Note(DbContext context) =>
        context.ChangeTracker.Entries<OutboxMessage>().Where(entry => entry.State == EntityState.Added).Select(entry => entry.Entity);

    protected override Task OnCommittedAsync(IReadOnlyList<OutboxMessage> notes, CancellationToken cancellationToken)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
