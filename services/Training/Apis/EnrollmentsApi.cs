using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpPlatform.Training.Apis;

public static class EnrollmentsApi
{
    public static IEndpointRouteBuilder MapEnrollmentsApi(this IEndpointRouteBuilder app)
    {
        var enrollments = app.MapGroup("/api/training/enrollments")
            .WithTags("Enrollments")
            .RequireAuthorization(policy => policy.RequireScope(TrainingScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        enrollments.MapGet("/", ListEnrollments)
            .WithName("ListEnrollments")
            .WithSummary("List enrollments (a center sees its own), paged; filter by offering, status, category and email.");
        enrollments.MapGet("/{id:guid}", GetEnrollment)
            .WithName("GetEnrollment")
            .WithSummary("Get an enrollment with its progress: each module's attendance and what completion still needs.");
        enrollments.MapPost("/{id:guid}/cancel", CancelEnrollment)
            .WithName("CancelEnrollment")
            .WithSummary("Cancel an enrollment; a freed seat goes to the earliest waitlisted request.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        enrollments.MapPut("/{id:guid}/fee", SetFee)
            .WithName("SetEnrollmentFee")
            .WithSummary("Record the fee as paid, waived or due; a paid enrollment that attended enough is completed.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<EnrollmentResponse>>, ValidationProblem>> ListEnrollments(
        TrainingDbContext db, CancellationToken cancellationToken, Guid? offeringId = null, string? status = null, string? category = null,
        string? email = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var statusValue = errors.OptionalKebabCase<EnrollmentStatus>(status, "status");
        var categoryValue = errors.OptionalKebabCase<ParticipantCategory>(category, "category");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var wantedEmail = Text.TrimmedOrNull(email) is { } given ? Person.NormalizeEmail(given) : null;
        var query = db.Enrollments.AsNoTracking().Where(e =>
            (offeringId == null || e.OfferingId == offeringId) && (statusValue == null || e.Status == statusValue)
            && (categoryValue == null || e.Category == categoryValue) && (wantedEmail == null || e.Email == wantedEmail));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.RequestedAt).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<EnrollmentResponse>(items.Select(e => EnrollmentResponse.From(e)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<EnrollmentResponse>, NotFound>> GetEnrollment(
        Guid id, TrainingDbContext db, IOptions<CompletionRule> rule, CancellationToken cancellationToken) =>
        await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is { } enrollment
            ? TypedResults.Ok(EnrollmentResponse.From(enrollment, await db.CheckCompletionAsync(enrollment, rule.Value, cancellationToken)))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<EnrollmentResponse>, NotFound, ValidationProblem>> CancelEnrollment(
        Guid id, CancellationRequest? request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request?.Reason is null || Text.IsPresent(request.Reason, 500), "reason", "At most 500 characters when given.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var offering = await db.LockOfferingAsync(found.OfferingId, cancellationToken);
        var enrollment = (await db.LockEnrollmentsAsync([id], cancellationToken)).Single();
        var now = clock.GetUtcNow();
        IReadOnlyList<Enrollment> promoted = [];
        if (enrollment.Cancel(Text.TrimmedOrNull(request?.Reason), now))
        {
            await db.SaveChangesAsync(cancellationToken);
            promoted = await db.PromoteWaitlistAsync(offering!, now, cancellationToken);
        }
        await db.RecordActivitiesAsync([enrollment, .. promoted], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(EnrollmentResponse.From(enrollment));
    }

    private static async Task<Results<Ok<EnrollmentResponse>, NotFound, ValidationProblem>> SetFee(
        Guid id, FeeRequest request, TrainingDbContext db, IOptions<CompletionRule> rule, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request.Status is not null, "status", $"Required, one of: {KebabCase.AllowedValues<FeeStatus>()}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if ((await db.LockEnrollmentsAsync([id], cancellationToken)).SingleOrDefault() is not { } enrollment)
        {
            return TypedResults.NotFound();
        }
        enrollment.SetFee(request.Status!.Value);
        var check = await db.CheckCompletionAsync(enrollment, rule.Value, cancellationToken);
        await db.CompleteIfAsync(enrollment, check, await centerClock.AtAsync(enrollment.CenterId, cancellationToken), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(EnrollmentResponse.From(enrollment, check));
    }
}
