using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Data;

internal static class SeatQueries
{
    /// <summary>
    /// The offering's row, locked until the transaction ends: enrollments and cancellations of one offering take turns,
    /// so counting its seats and taking one is never raced past its capacity.
    /// </summary>
    public static Task<Offering?> LockOfferingAsync(this TrainingDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Offerings.FromSql($"SELECT * FROM offerings WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public static Task<int> SeatedAsync(this TrainingDbContext db, Guid offeringId, CancellationToken cancellationToken) =>
        db.Enrollments.CountAsync(e => e.OfferingId == offeringId && (e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed), cancellationToken);

    /// <summary>Gives free seats to the earliest waitlisted requests; call it with the offering locked. Returns those promoted.</summary>
    public static async Task<IReadOnlyList<Enrollment>> PromoteWaitlistAsync(
        this TrainingDbContext db, Offering offering, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var free = offering.Capacity - await db.SeatedAsync(offering.Id, cancellationToken);
        if (free <= 0)
        {
            return [];
        }
        var promoted = await db.Enrollments
            .Where(e => e.OfferingId == offering.Id && e.Status == EnrollmentStatus.Waitlisted)
            .OrderBy(e => e.RequestedAt).ThenBy(e => e.Id)
            .Take(free)
            .ToListAsync(cancellationToken);
        promoted.ForEach(enrollment => enrollment.Promote(now));
        return promoted;
    }
}
