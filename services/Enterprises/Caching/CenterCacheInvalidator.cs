using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Enterprises.Caching;

/// <summary>Evicts a center from the <see cref="CenterDirectory"/>'s cache once a save of it commits.</summary>
internal sealed class CenterCacheInvalidator(ICacheAside cache, ILogger<CenterCacheInvalidator> logger) : CacheInvalidator(cache, logger)
{
    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        if (entry.Entity is Center center)
        {
            yield return CenterDirectory.Key(center.Id);
        }
    }
}
