using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Data;

/// <summary>Centers are read on every registration (for their size rule) and rarely change: serve them from the cache.</summary>
public sealed class CenterDirectory(EnterprisesDbContext db, ICache cache)
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    public async Task<Center?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var key = Key(id);
        if (await cache.GetAsync<Center>(key) is { } cached)
        {
            return cached;
        }

        var center = await db.Centers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (center is not null)
        {
            await cache.SetAsync(key, center, TimeToLive);
        }
        return center;
    }

    public Task ForgetAsync(string id) => cache.RemoveAsync(Key(id));

    // v2: centers gained a time zone; an entry cached without one is never read back.
    private static string Key(string id) => $"enterprises:center:v2:{id}";
}
