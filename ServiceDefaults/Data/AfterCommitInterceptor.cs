using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Data;

/// <summary>
/// Notes something about each save (from the change tracker, before the rows are written) and acts on it once the
/// changes are durable: after the save, or after the commit when a transaction is open. A rollback forgets it.
/// Acting earlier would let a reader see the effect (an emptied cache entry, a woken relay) before the data.
/// The data is committed whatever the step does, so a failing step is logged and the caller still gets its success:
/// each step must be safe to miss (the relay also polls; a cache entry expires within its time to live).
/// </summary>
public abstract class AfterCommitInterceptor<TNote>(ILogger logger) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<TNote>> _pending = new();

    /// <summary>What the coming save changes that matters after the commit; empty when nothing does.</summary>
    protected abstract IEnumerable<TNote> Note(DbContext context);

    protected abstract Task OnCommittedAsync(IReadOnlyList<TNote> notes, CancellationToken cancellationToken);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Release(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await Release(eventData.Context, cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetOutsideTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Release(eventData.Context, cancellationToken);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var notes = Note(context).ToList();
        if (notes.Count > 0)
        {
            _pending.GetOrCreateValue(context).AddRange(notes);
        }
    }

    private async Task Release(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var notes) || !_pending.Remove(context))
        {
            return;
        }
        try
        {
            await OnCommittedAsync(notes, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "{AfterCommitStep} failed after the commit of {Context}; the committed changes stand",
                GetType().Name, context.GetType().Name);
        }
    }

    private void ForgetOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
