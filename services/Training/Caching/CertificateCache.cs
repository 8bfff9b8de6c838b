using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Caching;

/// <summary>
/// The public certificate check's reads, from the shared cache and loaded from the database on a miss (a number never
/// issued too). The entry is evicted when the certificate is issued, suspended, reinstated or revoked
/// (<see cref="CertificateCacheInvalidator"/>); its status at the moment of the check is worked out per request, so
/// expiry needs no eviction.
/// </summary>
/// <remarks>
/// Anyone may check any certificate, so the entry is loaded past the center filter. What it returns may be the object
/// other requests get from the process's local cache: it is only read.
/// </remarks>
public sealed class CertificateCache(ICacheAside cache, TrainingDbContext db)
{
    public static string Key(string normalizedNumber) => $"training:certificate:{normalizedNumber}";

    /// <summary>The certificate, or null; a number with no certificate is remembered too, until one is issued under it.</summary>
    public Task<Certificate?> FindAsync(string normalizedNumber, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(Key(normalizedNumber),
            token => db.Certificates.IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(certificate => certificate.Number == normalizedNumber, token),
            cancellationToken);
}
