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
    /// The center whose size rule classifies an enterprise this transaction saves, with the center's row share-locked until
    /// it commits: registrations and updates go side by side, while a rule change (which locks the row for update
    /// before it reads the enterprises it reclassifies) waits for them, or they for it. The cached copy when it is
    /// still the center's revision (one short query), else the center as the database has it now.
    /// </summary>
    public async Task<Center?> FindToClassifyAsync(string id, CancellationToken cancellationToken)
    {
        var cached = await FindAsync(id, cancellationToken);
        var revisions = await db.Database
            .SqlQuery<long>($"SELECT revision AS \"Value\" FROM centers WHERE id = {id} FOR SHARE")
            .ToListAsync(cancellationToken);
        return revisions switch
        {
            [] => null,
            [var revision] when revision == cached?.Revision => cached,
            _ => await db.Centers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken),
        };
    }
}
