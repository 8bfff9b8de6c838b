using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Domain;
using CpPlatform.Training.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Data;

internal static class CompletionQueries
{
    /// <summary>
    /// The enrollments' rows, locked until the transaction ends, so two requests completing the same enrollment (two
    /// sessions' attendance, a payment) take turns and only the first announces it.
    /// </summary>
    public static Task<List<Enrollment>> LockEnrollmentsAsync(this TrainingDbContext db, Guid[] ids, CancellationToken cancellationToken) =>
        db.Enrollments.FromSql($"SELECT * FROM enrollments WHERE id = ANY({ids}) ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);

    /// <summary>The completion rule applied to <paramref name="enrollment"/> with its offering's sessions and its course's modules.</summary>
    public static async Task<CompletionCheck> CheckCompletionAsync(
        this TrainingDbContext db, Enrollment enrollment, CompletionRule rule, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.OfferingId == enrollment.OfferingId).ToListAsync(cancellationToken);
        var modules = await db.Offerings.Where(o => o.Id == enrollment.OfferingId)
            .Join(db.Courses, o => o.CourseId, c => c.Id, (_, course) => course)
            .AsNoTracking().Select(course => course.Modules).SingleAsync(cancellationToken);
        var attended = await db.Attendance.Where(a => a.EnrollmentId == enrollment.Id).Select(a => a.SessionId).ToListAsync(cancellationToken);
        return rule.Check(sessions, attended.ToHashSet(), modules, enrollment.FeeStatus);
    }

    /// <summary>
    /// Completes the enrollment when the check holds (on today at its center) and announces it, once, to the services
    /// and to program monitoring: the enrollment's row is locked by the caller.
    /// </summary>
    public static async Task<bool> CompleteIfAsync(
        this TrainingDbContext db, Enrollment enrollment, CompletionCheck check, CenterTime at, CancellationToken cancellationToken)
    {
        if (!enrollment.CompleteIf(check, at.Today))
        {
            return false;
        }
        var courseCode = await db.Offerings.Where(o => o.Id == enrollment.OfferingId)
            .Join(db.Courses, o => o.CourseId, c => c.Id, (_, course) => course.Code).SingleAsync(cancellationToken);
        db.AddEvent(TrainingEvents.EnrollmentCompleted(enrollment, courseCode, at.Now));
        await db.RecordActivitiesAsync([enrollment], cancellationToken);
        return true;
    }
}
