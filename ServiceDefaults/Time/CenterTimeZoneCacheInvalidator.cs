using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Time;

/// <summary>Evicts a center's cached zone once a save of it (from a center event) commits.</summary>
internal sealed class CenterTimeZoneCacheInvalidator(ICacheAside cache, ILogger<CenterTimeZoneCacheInvalidator> logger)
    : CacheInvalidator(cache, logger)
{
    /// <summary>Per service (by its context), since each learns a zone when it consumes the event, not all at once.</summary>
    public static string Key(DbContext context, string centerId) => $"{context.GetType().Name}:center-zone:{centerId}";

    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        if (entry.Entity is CenterTimeZone zone)
        {
            yield return Key(entry.Context, zone.CenterId);
        }
    }
}
