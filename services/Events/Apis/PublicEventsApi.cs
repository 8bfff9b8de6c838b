using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Apis;

/// <summary>Upcoming public events, open to anyone, and registration for them.</summary>
public static class PublicEventsApi
{
    public static IEndpointRouteBuilder MapPublicEventsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/public/events")
            .WithTags("Public events")
            .AllowAnonymous();

        events.MapGet("/", ListUpcoming)
            .WithName("ListPublicEvents")
            .WithSummary("Upcoming public events, soonest first; filter by center, kind or sector; paged.");
        events.MapGet("/{id:guid}", GetUpcoming)
            .WithName("GetPublicEvent")
            .WithSummary("An upcoming public event with the places left.");
        events.MapPost("/{id:guid}/registrations", Register)
            .WithName("RegisterPublicly")
            .WithSummary("Register for an upcoming public event: confirmed while places last, waitlisted after; always 202 with a neutral receipt (no registration id or status), and the same email again changes nothing.");
        return app;
    }

    private static async Task<Results<Ok<PagedResult<PublicEventResponse>>, ValidationProblem>> ListUpcoming(
        EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken, string? centerId = null, string? kind = null, string? sector = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var kindFilter = errors.OptionalKebabCase<EventKind>(kind, "kind");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = Upcoming(db, clock.Now());
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            query = query.Where(e => e.CenterId == centerId.Trim());
        }
        if (kindFilter is { } wanted)
        {
            query = query.Where(e => e.Kind == wanted);
        }
        if (!string.IsNullOrWhiteSpace(sector))
        {
            query = query.Where(e => e.Sectors.Contains(sector.Trim()));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var counts = await db.CountsAsync(items.Select(e => e.Id).ToList(), cancellationToken);
        return TypedResults.Ok(new PagedResult<PublicEventResponse>(
            items.Select(e => PublicEventResponse.From(e, counts.GetValueOrDefault(e.Id) ?? EventCounts.None(e.Id))).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PublicEventResponse>, NotFound>> GetUpcoming(Guid id, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Upcoming(db, clock.Now()).SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }
        var counts = await db.CountsAsync([found.Id], cancellationToken);
        return TypedResults.Ok(PublicEventResponse.From(found, counts.GetValueOrDefault(found.Id) ?? EventCounts.None(found.Id)));
    }

    /// <summary>An invitation-only or past event answers 404 here, as if it did not exist.</summary>
    private static async Task<Results<Accepted<PublicRegistrationReceipt>, ValidationProblem, NotFound>> Register(
        Guid id, PersonRequest request, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = PersonValidation.Validate(request);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var person = PersonValidation.ToPerson(request);
        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockEventAsync(id, cancellationToken) is not { IsPublic: true } locked || locked.HasEnded(now))
        {
            return TypedResults.NotFound();
        }
        if (await RegistrationDesk.CheckEnterpriseAsync(db, locked, person, cancellationToken) is { } unknown)
        {
            return TypedResults.ValidationProblem(unknown.ToDictionary());
        }
        await RegistrationDesk.RegisterAsync(db, locked, person, RegistrationSource.Public, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The same answer for a new, repeated or someone else's email: a public answer reveals nothing about other people.
        return TypedResults.Accepted((string?)null, PublicRegistrationReceipt.For(locked.Id));
    }

    private static IQueryable<Event> Upcoming(EventsDbContext db, DateTimeOffset now) =>
        db.Events.AsNoTracking().Where(e => e.IsPublic && e.EndsAt > now);
}
