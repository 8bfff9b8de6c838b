using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Data;

internal static class CertificationQueries
{
    /// <summary>
    /// The consultant's score row (with <c>xmin</c>, its row version, which <c>*</c> leaves out), locked until the
    /// transaction ends: two certifications of one person take turns, so the second sees the first's certificate.
    /// </summary>
    public static Task<ConsultantScore?> LockConsultantAsync(this TrainingDbContext db, string email, CancellationToken cancellationToken) =>
        db.ConsultantScores.FromSql($"SELECT *, xmin FROM consultant_scores WHERE email = {email} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    /// <summary>The latest completed enrollment in a course for consultants, with the country it was taught in.</summary>
    public static async Task<(Enrollment Enrollment, string Country)?> ConsultantTrainingAsync(
        this TrainingDbContext db, string email, CancellationToken cancellationToken)
    {
        var found = await (
                from enrollment in db.Enrollments.AsNoTracking()
                join offering in db.Offerings on enrollment.OfferingId equals offering.Id
                join course in db.Courses on offering.CourseId equals course.Id
                where enrollment.Email == email && enrollment.Status == EnrollmentStatus.Completed
                      && course.Audiences.Contains(ParticipantCategory.Consultant)
                orderby enrollment.CompletedOn descending
                select new { enrollment, offering.Country })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.enrollment, found.Country);
    }

    public static async Task<CertificationEvidence> EvidenceAsync(this TrainingDbContext db, string email, CancellationToken cancellationToken) => new(
        await db.ConsultantTrainingAsync(email, cancellationToken) is not null,
        await db.ConsultantScores.Where(s => s.Email == email).Select(s => (int?)s.BestScore).SingleOrDefaultAsync(cancellationToken),
        await db.Exams.AnyAsync(exam => exam.Email == email && exam.Passed, cancellationToken));

    /// <summary>
    /// Draws the next sequence for the country and year. The counter row stays locked until the transaction ends, so
    /// concurrent issuers (in any instance of the service) draw distinct numbers without gaps.
    /// </summary>
    public static async Task<int> NextSequenceAsync(this TrainingDbContext db, string country, int year, CancellationToken cancellationToken)
    {
        var drawn = await db.Database.SqlQuery<int>($"""
            INSERT INTO certificate_sequences (country, year, last_value) VALUES ({country}, {year}, 1)
            ON CONFLICT (country, year) DO UPDATE SET last_value = certificate_sequences.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(cancellationToken);
        return drawn.Single();
    }
}
