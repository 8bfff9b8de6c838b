using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.Training.Domain;
using CpPlatform.Training.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Data;

internal static class ProgramActivityQueries
{
    /// <summary>
    /// Records the enrollments' seats (and completions) as they are now, in this unit of work: every change of an
    /// enrollment's status calls it, so program monitoring follows enrollments, promotions, cancellations and completions.
    /// </summary>
    public static async Task RecordActivitiesAsync(this TrainingDbContext db, IReadOnlyCollection<Enrollment> enrollments, CancellationToken cancellationToken)
    {
        var offeringIds = enrollments.Select(e => e.OfferingId).Distinct().ToList();
        var offerings = await db.Offerings
            .Where(o => offeringIds.Contains(o.Id))
            .Join(db.Courses, o => o.CourseId, c => c.Id, (o, course) => new { o.Id, o.StartsOn, course.Code })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var center in enrollments.GroupBy(e => e.CenterId))
        {
            db.AddActivities(center.Key, center.SelectMany(e => ProgramActivities.Of(e, offerings[e.OfferingId].StartsOn, offerings[e.OfferingId].Code)));
        }
    }
}
