using CpPlatform.Enterprises.Apis;
using CpPlatform.Enterprises.Data;
using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Caching;

/// <summary>
/// <c>GET /api/enterprises/{id}</c>'s answer, the read centers make all day, from the shared cache and loaded from the
/// database on a miss. The entry is evicted when a save that touches the enterprise commits
/// (<see cref="EnterpriseCacheInvalidator"/>), so a read right after an update, a baseline or a stage change shows it.
/// </summary>
/// <remarks>
/// One entry serves every caller, so it is loaded past the center filter and the filter is applied here: another
/// center's enterprise is not found (404), as from the database. What it returns may be the object other requests get
/// from the process's local cache: it is only serialized, never changed.
/// </remarks>
public sealed class EnterpriseReadCache(ICacheAside cache, EnterprisesDbContext db, ICurrentClient client)
{
    public static string Key(Guid enterpriseId) => $"enterprises:enterprise:{enterpriseId}";

    public async Task<EnterpriseResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        // An id with no enterprise is remembered too (null), until an enterprise is saved under it.
        var stored = await cache.GetOrLoadAsync(Key(id), token => LoadAsync(id, token), cancellationToken);
        return stored is { } enterprise && (client.RestrictedToCenter is not { } center || center == enterprise.CenterId)
            ? enterprise
            : null;
    }

    private async Task<EnterpriseResponse?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Include(e => e.Baselines)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return enterprise is null ? null : EnterpriseResponse.From(enterprise);
    }
}
