using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Enterprises.Caching;

/// <summary>Evicts a center from the <see cref="CenterDirectory"/>'s cache once a save that changes it commits.</summary>
internal sealed class CenterCacheInvalidator(ICacheAside cache, ILogger<CenterCacheInvalidator> logger) : CacheInvalidator(cache, logger)
{
    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        if (entry.Entity is Center center && Changes(entry))
        {
            yield return CenterDirectory.Key(center.Id);
        }
    }

    /// <summary>
    /// Every change of a center grows its revision (other services order its copies by it); a registration's save only
    /// depends on the center (<see cref="CenterDirectory.FindToClassifyAsync"/>) and must not empty the cache each time.
    /// </summary>
    private static bool Changes(EntityEntry entry)
    {
        var revision = entry.Property(nameof(Center.Revision));
        return entry.State != EntityState.Modified || !Equals(revision.OriginalValue, revision.CurrentValue);
    }
}
