using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpPlatform.Training.Apis;

/// <summary>What a center does within one offering: enrolling people and taking each session's attendance.</summary>
internal static class OfferingEnrollmentsApi
{
    /// <summary>Everyone present at one session: a cohort holds at most 10,000 seats, but a room far fewer.</summary>
    private static readonly CollectionRule Present = new(1, 500, "enrollment ids");

    public static RouteGroupBuilder MapEnrollmentsOfOfferingApi(this RouteGroupBuilder offerings)
    {
        offerings.MapPost("/{id:guid}/enrollments", Enroll)
            .WithName("Enroll")
            .WithSummary("Enroll a person: a seat while the offering has one, otherwise the waitlist. The same email again returns the first enrollment.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        offerings.MapPost("/{id:guid}/sessions/{sessionId:guid}/attendance", TakeAttendance)
            .WithName("TakeAttendance")
            .WithSummary($"Record who was present at a session ({Present}) once its day has come at the center (409 before); recording someone twice changes nothing. Enrollments that now meet the rule are completed.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return offerings;
    }

    private static async Task<Results<Created<EnrollmentResponse>, Ok<EnrollmentResponse>, NotFound, ValidationProblem>> Enroll(
        Guid id, EnrollmentRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Name, 200), "name", "Required, at most 200 characters.");
        errors.Check(Text.IsEmail(request.Email), "email", "Required: an email address.");
        errors.Check(request.Organisation is null || Text.IsPresent(request.Organisation, 200), "organisation", "At most 200 characters when given.");
        errors.Check(request.Category is not null, "category", $"Required, one of: {KebabCase.AllowedValues<ParticipantCategory>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var person = new Person(request.Name!.Trim(), Person.NormalizeEmail(request.Email!), Text.TrimmedOrNull(request.Organisation), request.Category!.Value);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockOfferingAsync(id, cancellationToken) is not { } offering)
        {
            return TypedResults.NotFound();
        }
        // Under the offering's lock, a retried request finds the enrollment its first attempt made.
        if (await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(
                e => e.OfferingId == id && e.Email == person.Email && e.Status != EnrollmentStatus.Cancelled, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(EnrollmentResponse.From(existing));
        }

        var fee = await db.Courses.Where(c => c.Id == offering.CourseId).Select(c => c.Fee).SingleAsync(cancellationToken);
        var seatFree = offering.HasFreeSeat(await db.SeatedAsync(id, cancellationToken));
        var enrollment = Enrollment.Request(offering, person, fee, seatFree, clock.GetUtcNow());
        db.Enrollments.Add(enrollment);
        await db.RecordActivitiesAsync([enrollment], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/training/enrollments/{enrollment.Id}", EnrollmentResponse.From(enrollment));
    }

    private static async Task<Results<Ok<AttendanceResponse>, NotFound, ValidationProblem>> TakeAttendance(
        Guid id, Guid sessionId, AttendanceRequest request, TrainingDbContext db, ICurrentClient client, IOptions<CompletionRule> rule,
        CenterClock centerClock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Collection(request.EnrollmentIds, "enrollmentIds", Present);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Sessions.AsNoTracking()
                .Where(s => s.Id == sessionId && s.OfferingId == id && db.Offerings.Any(o => o.Id == id))
                .SingleOrDefaultAsync(cancellationToken) is not { } session)
        {
            return TypedResults.NotFound();
        }
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        if (!session.HasBegunBy(at.Today))
        {
            throw new ConflictException("sessionId",
                $"The session of {session.Date:yyyy-MM-dd} has not happened yet: today at the center is {at.Today:yyyy-MM-dd}.");
        }

        var ids = request.EnrollmentIds!.Distinct().ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var enrollments = await db.LockEnrollmentsAsync(ids, cancellationToken);
        var notSeated = ids.Where(wanted => enrollments.SingleOrDefault(e => e.Id == wanted) is not { OfferingId: var offering, HoldsSeat: true } || offering != id)
            .ToList();
        if (notSeated.Count > 0)
        {
            errors.Add("enrollmentIds", $"Not holding a seat in this offering: {string.Join(", ", notSeated)}.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var already = await db.Attendance.Where(a => a.SessionId == sessionId && ids.Contains(a.EnrollmentId)).Select(a => a.EnrollmentId)
            .ToListAsync(cancellationToken);
        var newlyPresent = ids.Except(already).ToList();
        db.Attendance.AddRange(newlyPresent.Select(enrollmentId => new Attendance
        {
            EnrollmentId = enrollmentId, SessionId = sessionId, RecordedBy = client.ClientId, RecordedAt = at.Now,
        }));
        await db.SaveChangesAsync(cancellationToken);

        var completed = new List<Guid>();
        foreach (var enrollment in enrollments)
        {
            var check = await db.CheckCompletionAsync(enrollment, rule.Value, cancellationToken);
            if (await db.CompleteIfAsync(enrollment, check, at, cancellationToken))
            {
                completed.Add(enrollment.Id);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new AttendanceResponse(session.Id, session.ModuleNumber, session.Date, ids, newlyPresent.Count, completed));
    }
}
