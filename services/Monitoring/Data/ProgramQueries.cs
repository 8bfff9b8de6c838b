using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Monitoring.Data;

internal static class ProgramQueries
{
    /// <summary>
    /// The programs <paramref name="client"/> may see: national staff and the admin all of them, a center those that list
    /// it, a donor those it funds; anyone else none. Whatever is not here answers 404.
    /// </summary>
    public static IQueryable<FundedProgram> VisiblePrograms(this MonitoringDbContext db, ICurrentClient client)
    {
        var programs = db.Programs.AsNoTracking();
        return client.Kind switch
        {
            ClientKind.National or ClientKind.Admin => programs,
            ClientKind.Center when client.CenterId is { } centerId => programs.Where(p => p.CenterIds.Contains(centerId)),
            ClientKind.Donor when client.DonorId is { } donorId => programs.Where(p => p.Donor == donorId),
            _ => programs.Where(_ => false),
        };
    }

    public static Task<FundedProgram?> FindVisibleProgramAsync(this MonitoringDbContext db, ICurrentClient client, Guid id, CancellationToken cancellationToken) =>
        db.VisiblePrograms(client).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>A program's indicators in logframe order: goal, purpose, components, activities, each by reference.</summary>
    public static async Task<List<Indicator>> IndicatorsOfAsync(this MonitoringDbContext db, Guid programId, CancellationToken cancellationToken) =>
        (await db.Indicators.AsNoTracking().Where(i => i.ProgramId == programId).ToListAsync(cancellationToken))
            .OrderBy(i => i.Level).ThenBy(i => i.Ref, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The indicator, its row locked until the transaction ends: a change of its definition waits for the values being
    /// reported to it (which hold the row shared, <see cref="ShareIndicatorAsync"/>), and they wait for the change, so
    /// whether values were reported and whether the indicator takes them are always judged against each other.
    /// </summary>
    public static Task<Indicator?> LockIndicatorAsync(this MonitoringDbContext db, Guid programId, Guid id, CancellationToken cancellationToken) =>
        db.Indicators.FromSql($"SELECT * FROM indicators WHERE id = {id} AND program_id = {programId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    /// <summary>The indicator, its row held shared until the transaction ends: values reported at once go side by side.</summary>
    public static Task<Indicator?> ShareIndicatorAsync(this MonitoringDbContext db, Guid programId, Guid id, CancellationToken cancellationToken) =>
        db.Indicators.FromSql($"SELECT * FROM indicators WHERE id = {id} AND program_id = {programId} FOR SHARE").AsNoTracking().SingleOrDefaultAsync(cancellationToken);
}
