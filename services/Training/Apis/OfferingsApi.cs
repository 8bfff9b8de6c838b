using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Apis;

public static class OfferingsApi
{
    public static IEndpointRouteBuilder MapOfferingsApi(this IEndpointRouteBuilder app)
    {
        var offerings = app.MapGroup("/api/training/offerings")
            .WithTags("Offerings")
            .RequireAuthorization(policy => policy.RequireScope(TrainingScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        offerings.MapPost("/", ScheduleOffering)
            .WithName("ScheduleOffering")
            .WithSummary($"Schedule an offering (cohort) of one of the center's courses: dates (starting at most 5 years ahead, lasting at most 2 years), place, capacity, instructors ({OfferingValidation.Instructors}) and sessions per module ({OfferingValidation.Sessions}, no module twice on one day).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        offerings.MapGet("/", ListOfferings)
            .WithName("ListOfferings")
            .WithSummary("List offerings (a center sees its own), paged, with seats taken and the waitlist; filter by course and start dates.");
        offerings.MapGet("/{id:guid}", GetOffering)
            .WithName("GetOffering")
            .WithSummary("Get an offering with its sessions, seats taken, seats left and waitlist length.");
        offerings.MapEnrollmentsOfOfferingApi();
        return app;
    }

    private static async Task<Results<Created<OfferingResponse>, ValidationProblem>> ScheduleOffering(
        OfferingRequest request, TrainingDbContext db, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        var errors = OfferingValidation.Validate(request, at.Today);
        var course = errors.Any ? null : await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CourseId, cancellationToken);
        if (!errors.Any && errors.Check(course is not null, "courseId", "No course of the caller's center has this id."))
        {
            OfferingValidation.CheckSessions(request, course!, errors);
        }
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var offering = OfferingValidation.ToOffering(request, course!, at.Now);
        db.Offerings.Add(offering);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/offerings/{offering.Id}", OfferingResponse.From(offering, course!, seated: 0, waitlisted: 0));
    }

    private static async Task<Results<Ok<PagedResult<OfferingResponse>>, ValidationProblem>> ListOfferings(
        TrainingDbContext db, CancellationToken cancellationToken, Guid? courseId = null, DateOnly? from = null, DateOnly? to = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        errors.FilterDay(from, "from");
        errors.FilterDay(to, "to");
        errors.Check(!(to < from), "to", "Not before from.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Offerings.AsNoTracking()
            .Where(o => (courseId == null || o.CourseId == courseId) && (from == null || o.StartsOn >= from) && (to == null || o.StartsOn <= to));
        var total = await query.CountAsync(cancellationToken);
        var offerings = await query.OrderBy(o => o.StartsOn).ThenBy(o => o.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Include(o => o.Sessions).ToListAsync(cancellationToken);
        var items = new List<OfferingResponse>(offerings.Count);
        foreach (var offering in offerings)
        {
            items.Add(await db.DescribeAsync(offering, cancellationToken));
        }
        return TypedResults.Ok(new PagedResult<OfferingResponse>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<OfferingResponse>, NotFound>> GetOffering(Guid id, TrainingDbContext db, CancellationToken cancellationToken) =>
        await db.Offerings.AsNoTracking().Include(o => o.Sessions).SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is { } offering
            ? TypedResults.Ok(await db.DescribeAsync(offering, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<OfferingResponse> DescribeAsync(this TrainingDbContext db, Offering offering, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == offering.CourseId, cancellationToken);
        var waitlisted = await db.Enrollments.CountAsync(e => e.OfferingId == offering.Id && e.Status == EnrollmentStatus.Waitlisted, cancellationToken);
        return OfferingResponse.From(offering, course, await db.SeatedAsync(offering.Id, cancellationToken), waitlisted);
    }
}
