using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpPlatform.Assessments.Caching;

/// <summary>
/// Evicts the portfolio's version once a save that changes what the portfolio adds up commits: a project (its
/// selection, status and option totals), an option, or an enterprise's sector as this service knows it.
/// </summary>
internal sealed class PortfolioCacheInvalidator(ICacheAside cache, ILogger<PortfolioCacheInvalidator> logger)
    : CacheInvalidator(cache, logger)
{
    /// <summary>The version of every center's projects, under which portfolio answers are cached (<see cref="VersionedAnswers"/>).</summary>
    public const string PortfolioVersionKey = "assessments:portfolio-version";

    protected override IEnumerable<string> KeysOf(EntityEntry entry)
    {
        if (entry.Entity is DemonstrationProject or ProjectOption or EnterpriseSnapshot)
        {
            yield return PortfolioVersionKey;
        }
    }
}
