using System.Runtime.CompilerServices;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Messaging;

/// <summary>Sends every seat, completion and certificate of every center again when program monitoring asks for them.</summary>
public sealed class ProgramActivityReplay(TrainingDbContext db, ILogger<ProgramActivityReplay> logger)
    : ProgramActivityReplayConsumer<TrainingDbContext>(db, logger)
{
    protected override async IAsyncEnumerable<(string CenterId, ProgramActivity Activity)> ReadAllAsync(
        TrainingDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enrollments =
            from enrollment in db.Enrollments.AsNoTracking()
            join offering in db.Offerings on enrollment.OfferingId equals offering.Id
            join course in db.Courses on offering.CourseId equals course.Id
            orderby enrollment.CenterId, enrollment.Id
            select new { enrollment, offering.StartsOn, course.Code };
        await foreach (var row in enrollments.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var activity in ProgramActivities.Of(row.enrollment, row.StartsOn, row.Code))
            {
                yield return (row.enrollment.CenterId, activity);
            }
        }

        var certificates = db.Certificates.AsNoTracking().OrderBy(c => c.CenterId).ThenBy(c => c.Id);
        await foreach (var certificate in certificates.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return (certificate.CenterId, ProgramActivities.CertificateIssued(certificate));
        }
    }
}
