using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Data;

internal static class FacilityQueries
{
    /// <summary>
    /// The bank's own facility row, locked until the transaction ends: placements on one facility take turns, so
    /// together they never exceed its maximum portfolio. Another bank's facility is neither locked nor waited for.
    /// </summary>
    public static Task<Facility?> LockFacilityAsync(this FinancingDbContext db, Guid id, string bankId, CancellationToken cancellationToken) =>
        db.Facilities.FromSql($"SELECT * FROM facilities WHERE id = {id} AND bank_id = {bankId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public static async Task<FacilityFigures> FiguresAsync(this FinancingDbContext db, Facility facility, CancellationToken cancellationToken)
    {
        var loans = await db.Loans.AsNoTracking().Where(loan => loan.FacilityId == facility.Id).ToListAsync(cancellationToken);
        var claimsPaid = await db.Claims.Where(claim => claim.FacilityId == facility.Id).SumAsync(claim => claim.ClaimAmount, cancellationToken);
        var sharedBack = await db.Recoveries.Where(recovery => recovery.FacilityId == facility.Id).SumAsync(recovery => recovery.SharedBack, cancellationToken);
        return FacilityFigures.Of(facility, loans, claimsPaid, sharedBack);
    }
}
