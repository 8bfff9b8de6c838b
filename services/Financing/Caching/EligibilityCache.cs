using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Caching;

/// <summary>
/// Eligibility's reads, served from the shared cache and loaded from the database on a miss. Entries are evicted
/// when what they hold commits a change (<see cref="EligibilityCacheInvalidator"/>), so an answer right after a
/// placement, a report or a new verification already reflects it.
/// </summary>
/// <remarks>
/// What these return may come from the process's local cache, the very objects other requests get: they are handed
/// out as read-only collections, and the entities in them (facilities, borrower, evidence) are only read
/// (<see cref="Eligibility.Evaluate"/> and the response mapping), never changed or attached to a context.
/// </remarks>
public sealed class EligibilityCache(ICacheAside cache, FinancingDbContext db)
{
    /// <summary>The bank's facilities in order of opening, with their placed principal.</summary>
    public Task<IReadOnlyList<Facility>> BankFacilitiesAsync(string bankId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyList<Facility>>(EligibilityCacheKeys.BankFacilities(bankId),
            async token => await db.Facilities.AsNoTracking().Where(facility => facility.BankId == bankId).OrderBy(facility => facility.CreatedAt).ToListAsync(token),
            cancellationToken);

    /// <summary>The borrower a bank knows by country and tax id, or null when no enterprise has them.</summary>
    public async Task<BorrowerStanding?> BorrowerAsync(string country, string taxId, CancellationToken cancellationToken)
    {
        // Unknown borrowers are remembered too (no id), so they stay cheap.
        var lookup = await cache.GetOrLoadAsync(EligibilityCacheKeys.BorrowerLookup(country, taxId),
            async token => (await db.FindBorrowerAsync(country, taxId, token))?.EnterpriseId,
            cancellationToken);
        return lookup is { } enterpriseId
            ? await cache.GetOrLoadAsync(EligibilityCacheKeys.BorrowerStanding(enterpriseId), token => LoadStandingAsync(enterpriseId, token), cancellationToken)
            : null;
    }

    private async Task<BorrowerStanding?> LoadStandingAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        if (await db.Borrowers.AsNoTracking().SingleOrDefaultAsync(borrower => borrower.EnterpriseId == enterpriseId, cancellationToken) is not { } borrower)
        {
            return null;
        }
        var evidence = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.EnterpriseId == enterpriseId, cancellationToken);
        return new BorrowerStanding(borrower, evidence, await db.CoveredByFacilityAsync(enterpriseId, cancellationToken));
    }
}
