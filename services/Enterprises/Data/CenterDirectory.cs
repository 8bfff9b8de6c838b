using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Data;

/// <summary>
/// Centers are read on every registration (for their size rule) and by every center's clock, and rarely change: they
/// are served from the shared cache, evicted when a saved center commits (<c>CenterCacheInvalidator</c>), so an update
/// or a registration is seen by the next read. What it returns may be shared with other requests: it is only read.
/// </summary>
public sealed class CenterDirectory(EnterprisesDbContext db, ICacheAside cache)
{
    public static string Key(string id) => $"enterprises:center:{id}";

    /// <summary>The center, or null; an unknown id is remembered too, until a center is registered under it.</summary>
    public Task<Center?> FindAsync(string id, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(Key(id), token => db.Centers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, token), cancellationToken);
}
