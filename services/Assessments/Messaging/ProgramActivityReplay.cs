using System.Runtime.CompilerServices;
using CpPlatform.Assessments.Data;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Messaging;

/// <summary>
/// Sends every project's program activities again when the monitoring service asks (its database is new or lost).
/// Projects are read whole with their options, because whether verified results meet the program goal is decided from
/// the project's measurements by the same rule its economics use.
/// </summary>
public sealed class ProgramActivityReplay(AssessmentsDbContext db, ILogger<ProgramActivityReplay> logger)
    : ProgramActivityReplayConsumer<AssessmentsDbContext>(db, logger)
{
    protected override async IAsyncEnumerable<(string CenterId, ProgramActivity Activity)> ReadAllAsync(
        AssessmentsDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zones = await db.Set<CenterTimeZone>().AsNoTracking().ToDictionaryAsync(zone => zone.CenterId, zone => zone.TimeZone, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var projects = db.Projects.AsNoTracking().Include(project => project.Options).AsSplitQuery()
            .OrderBy(project => project.CenterId).ThenBy(project => project.Id)
            .AsAsyncEnumerable();
        await foreach (var project in projects.WithCancellation(cancellationToken))
        {
            var at = new CenterTime(TimeZones.FindOrUtc(zones.GetValueOrDefault(project.CenterId)), now);
            foreach (var activity in ProgramActivities.Of(project, at))
            {
                yield return (project.CenterId, activity);
            }
        }
    }
}
