using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Training.Caching;

/// <summary>Evicts a certificate's entry once its issue or a change of its status commits.</summary>
internal sealed class CertificateCacheInvalidator(ICacheAside cache, ILogger<CertificateCacheInvalidator> logger)
    : CacheInvalidator(cache, logger)
{
    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        if (entry.Entity is Certificate certificate)
        {
            yield return CertificateCache.Key(certificate.Number);
        }
    }
}
