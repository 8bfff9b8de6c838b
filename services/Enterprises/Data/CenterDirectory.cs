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

    /// <summary>
    /// The center whose size rule classifies an enterprise this unit of work saves, with the save made to depend on it:
    /// the save also rewrites one of the center's columns, unchanged, where its revision is still the one read
    /// (<see cref="ServiceDefaults.Data.ServiceDbContext.DependOnRowAsRead"/>), so it fails if the center changed
    /// meanwhile, and holds the center's row until it commits, so a rule change (which locks the row before it reads the
    /// enterprises it reclassifies) sees the enterprise. The cached copy first (no round trip); after a failed save
    /// <paramref name="fromDatabase"/>, since the cache may not have heard of the change yet.
    /// </summary>
    public async Task<Center?> FindToClassifyAsync(string id, bool fromDatabase, CancellationToken cancellationToken)
    {
        var center = fromDatabase
            ? await db.Centers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await FindAsync(id, cancellationToken) is { } cached ? Track(cached) : null;
        if (center is not null)
        {
            db.DependOnRowAsRead(center);
        }
        return center;
    }

    /// <summary>The cached center is shared with other requests, so this unit of work tracks a copy of it.</summary>
    private Center Track(Center cached)
    {
        var copy = new Center
        {
            Id = cached.Id,
            Name = cached.Name,
            Country = cached.Country,
            Regions = [.. cached.Regions],
            ReportingCurrency = cached.ReportingCurrency,
            SizeRule = cached.SizeRule,
            TimeZone = cached.TimeZone,
            Revision = cached.Revision,
            CreatedAt = cached.CreatedAt,
        };
        db.Centers.Attach(copy);
        return copy;
    }
}
