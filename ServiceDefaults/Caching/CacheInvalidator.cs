using CpPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Evicts the shared cache's entries a save touches once it commits, whoever saves: a request through the API or a
/// consumer applying an event. Register a service's subclass as a singleton <c>IInterceptor</c>. Evicting too much is
/// harmless; too little is not.
/// </summary>
/// <remarks>
/// An eviction that fails (Redis down or hung) does not fail the save that committed: the entry may then answer the
/// previous state until its time to live (<c>Cache:EntryTimeToLive</c>), which <see cref="ICacheAside"/> logs as an error.
/// </remarks>
public abstract class CacheInvalidator(ICacheAside cache, ILogger logger) : AfterCommitInterceptor<string>(logger)
{
    /// <summary>The cache keys whose entries hold what this added, changed or deleted row changes.</summary>
    protected abstract IEnumerable<string> KeysOf(EntityEntry entry);

    protected sealed override IEnumerable<string> Note(DbContext context) =>
        context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(KeysOf);

    protected sealed override Task OnCommittedAsync(IReadOnlyList<string> notes, CancellationToken cancellationToken) => cache.InvalidateAsync(notes);
}
