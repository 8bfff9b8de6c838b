using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Data;

/// <summary>Counts of distinct people, aggregated in the database, for a period (both days included) and optionally one center.</summary>
internal sealed class IndicatorQueries(TrainingDbContext db, DateOnly start, DateOnly end, string? centerId)
{
    // Member initialisation (not a constructor) so EF can group and count on the projected columns.
    private sealed class Row
    {
        public required string Center { get; init; }
        public required ParticipantCategory Category { get; init; }
        public required string Email { get; init; }
    }

    /// <summary>Held a seat in an offering that started in the period.</summary>
    private IQueryable<Row> Trained =>
        from enrollment in db.Enrollments
        join offering in db.Offerings on enrollment.OfferingId equals offering.Id
        where (enrollment.Status == EnrollmentStatus.Enrolled || enrollment.Status == EnrollmentStatus.Completed)
              && offering.StartsOn >= start && offering.StartsOn <= end
              && (centerId == null || enrollment.CenterId == centerId)
        select new Row { Center = enrollment.CenterId, Category = enrollment.Category, Email = enrollment.Email };

    private IQueryable<Row> Completed =>
        db.Enrollments
            .Where(e => e.Status == EnrollmentStatus.Completed && e.CompletedOn >= start && e.CompletedOn <= end && (centerId == null || e.CenterId == centerId))
            .Select(e => new Row { Center = e.CenterId, Category = e.Category, Email = e.Email });

    private IQueryable<Row> Certified =>
        db.Certificates
            .Where(c => c.IssuedOn >= start && c.IssuedOn <= end && (centerId == null || c.CenterId == centerId))
            .Select(c => new Row { Center = c.CenterId, Category = c.HolderCategory, Email = c.HolderEmail });

    public async Task<(int Trained, int Completed, int Certified)> TotalsAsync(CancellationToken cancellationToken) => (
        await Trained.Select(row => row.Email).Distinct().CountAsync(cancellationToken),
        await Completed.Select(row => row.Email).Distinct().CountAsync(cancellationToken),
        await Certified.Select(row => row.Email).Distinct().CountAsync(cancellationToken));

    public async Task<IReadOnlyList<IndicatorLine>> ByCategoryAsync(CancellationToken cancellationToken) => IndicatorLine.Join(
        await CountByCategoryAsync(Trained, cancellationToken),
        await CountByCategoryAsync(Completed, cancellationToken),
        await CountByCategoryAsync(Certified, cancellationToken));

    public async Task<IReadOnlyList<IndicatorLine>> ByCenterAsync(CancellationToken cancellationToken) => IndicatorLine.Join(
        await CountByCenterAsync(Trained, cancellationToken),
        await CountByCenterAsync(Completed, cancellationToken),
        await CountByCenterAsync(Certified, cancellationToken));

    private static async Task<IReadOnlyDictionary<string, int>> CountByCategoryAsync(IQueryable<Row> rows, CancellationToken cancellationToken) =>
        (await rows.GroupBy(row => row.Category)
            .Select(group => new { group.Key, People = group.Select(row => row.Email).Distinct().Count() })
            .ToListAsync(cancellationToken))
        .ToDictionary(count => KebabCase.Name(count.Key), count => count.People);

    private static async Task<IReadOnlyDictionary<string, int>> CountByCenterAsync(IQueryable<Row> rows, CancellationToken cancellationToken) =>
        await rows.GroupBy(row => row.Center)
            .Select(group => new { group.Key, People = group.Select(row => row.Email).Distinct().Count() })
            .ToDictionaryAsync(count => count.Key, count => count.People, cancellationToken);
}
