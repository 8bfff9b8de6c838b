using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Enterprises.Caching;

/// <summary>
/// Evicts the cached answer of every enterprise a save touches once it commits (an update or a baseline through the
/// API, or a consumer advancing the engagement stage), and the register's search version when an enterprise changes.
/// </summary>
internal sealed class EnterpriseCacheInvalidator(ICacheAside cache, ILogger<EnterpriseCacheInvalidator> logger)
    : CacheInvalidator(cache, logger)
{
    /// <summary>The version of the whole register, under which its searches are cached (<see cref="VersionedAnswers"/>).</summary>
    public const string RegisterVersionKey = "enterprises:register-version";

    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        if (EnterpriseOf(entry) is { } enterpriseId)
        {
            yield return EnterpriseReadCache.Key(enterpriseId);
        }
        if (entry.Entity is Enterprise)
        {
            yield return RegisterVersionKey;
        }
    }

    private static Guid? EnterpriseOf(EntityEntry entry) => entry.Entity switch
    {
        Enterprise enterprise => enterprise.Id,
        Baseline baseline => baseline.EnterpriseId,
        // What an enterprise owns (its contacts) points at it by its key.
        _ when entry.Metadata.FindOwnership() is { } ownership && ownership.PrincipalEntityType.ClrType == typeof(Enterprise)
            => (Guid?)entry.Property(ownership.Properties[0].Name).CurrentValue,
        _ => null,
    };
}
