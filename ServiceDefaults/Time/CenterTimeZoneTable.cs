using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.ServiceDefaults.Time;

/// <summary>
/// The centers' zones a service keeps in its own <c>center_time_zones</c> table, from the enterprises service's center
/// events. Nearly every request asks for its center's zone, so it is read through the shared cache; a saved zone evicts
/// it on commit (<see cref="CenterTimeZoneCacheInvalidator"/>).
/// </summary>
public sealed class CenterTimeZoneTable<TContext>(TContext db, ICacheAside cache) : ICenterTimeZones
    where TContext : DbContext
{
    public Task<string?> FindAsync(string centerId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(CenterTimeZoneCacheInvalidator.Key(db, centerId),
            token => db.Set<CenterTimeZone>().AsNoTracking().Where(zone => zone.CenterId == centerId).Select(zone => zone.TimeZone)
                .SingleOrDefaultAsync(token),
            cancellationToken);
}

public static class CenterTimeZoneTable
{
    /// <summary>Adds the <c>center_time_zones</c> table to a service's model.</summary>
    public static ModelBuilder HasCenterTimeZones(this ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new CenterTimeZoneConfiguration());

    /// <summary>Keeps a center's zone from whichever center event carries it; saved by the consumer with its inbox row.</summary>
    public static Task ApplyCenterTimeZoneAsync(this DbContext db, string centerId, string timeZone, long revision, CancellationToken cancellationToken) =>
        db.Set<CenterTimeZone>().ApplyAsync(
            centerId,
            revision,
            () => new CenterTimeZone { CenterId = centerId },
            zone => zone.TimeZone = timeZone,
            cancellationToken);
}
