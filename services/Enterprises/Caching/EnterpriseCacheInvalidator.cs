using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Enterprises.Caching;

/// <summary>
/// Evicts the cached answer of every enterprise a save touches once it commits, whoever saves: an update or a baseline
/// through the API, or a consumer advancing the engagement stage. Evicting too much is harmless; too little is not.
/// </summary>
/// <remarks>
/// An eviction that fails (Redis down or hung) does not fail the save that committed: the entry may then answer the
/// previous state until its time to live (<c>Cache:EntryTimeToLive</c>), which is logged as an error.
/// </remarks>
internal sealed class EnterpriseCacheInvalidator(ICacheAside cache, ILogger<EnterpriseCacheInvalidator> logger)
    : AfterCommitInterceptor<string>(logger)
{
    protected override IEnumerable<string> Note(DbContext context) =>
        context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(EnterpriseOf)
            .OfType<Guid>()
            .Select(EnterpriseReadCache.Key);

    protected override Task OnCommittedAsync(IReadOnlyList<string> notes, CancellationToken cancellationToken) => cache.InvalidateAsync(notes);

    private static Guid? EnterpriseOf(EntityEntry entry) => entry.Entity switch
    {
        Enterprise enterprise => enterprise.Id,
        Baseline baseline => baseline.EnterpriseId,
        // What an enterprise owns (its contacts) points at it by its key.
        _ when entry.Metadata.FindOwnership() is { } ownership && ownership.PrincipalEntityType.ClrType == typeof(Enterprise)
            => (Guid?)entry.Property(ownership.Properties[0].Name).CurrentValue,
        _ => null,
    };
}
