using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.Events.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Apis;

public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/events")
            .WithTags("Events")
            .RequireAuthorization(policy => policy.RequireScope(EventsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        events.MapGet("/", ListEvents)
            .WithName("ListEvents")
            .WithSummary("List events by start, newest first; filter by kind, period (start dates 2000-01-01 to 2100-12-31, days as the center counts them), title or center (national); paged.");
        events.MapGet("/{id:guid}", GetEvent)
            .WithName("GetEvent")
            .WithSummary("Get an event with its confirmed, waitlisted and checked-in counts and the places left.");
        events.MapPost("/", PlanEvent)
            .WithName("PlanEvent")
            .WithSummary($"Plan an event in the caller's center: kind, sectors ({EventValidation.Sectors}), dates (starting at most 5 years ahead, lasting at most 31 days), venue or link, capacity, co-hosts ({EventValidation.CoHosts}), public or invitation-only.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        events.MapPut("/{id:guid}", ChangeEvent)
            .WithName("ChangeEvent")
            .WithSummary("Replace an event's details; a larger capacity promotes the waitlist, one below the confirmed registrations is refused.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<EventResponse>>, ValidationProblem>> ListEvents(
        EventsDbContext db, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken, string? kind = null,
        DateOnly? from = null, DateOnly? to = null, string? q = null, string? centerId = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var kindFilter = errors.OptionalKebabCase<EventKind>(kind, "kind");
        errors.FilterDay(from, "from");
        errors.FilterDay(to, "to");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var at = await centerClock.AtAsync(client.Kind == ClientKind.Center ? client.CenterId : Text.TrimmedOrNull(centerId), cancellationToken);
        var query = db.Events.AsNoTracking();
        if (kindFilter is { } wanted)
        {
            query = query.Where(e => e.Kind == wanted);
        }
        if (from is { } first)
        {
            var start = at.StartOf(first);
            query = query.Where(e => e.StartsAt >= start);
        }
        if (to is { } last)
        {
            var end = at.StartOf(last.AddDays(1));
            query = query.Where(e => e.StartsAt < end);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(e => EF.Functions.ILike(e.Title, $"%{q.Trim()}%"));
        }
        if (client.Kind != ClientKind.Center && !string.IsNullOrWhiteSpace(centerId))
        {
            query = query.Where(e => e.CenterId == centerId.Trim());
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var counts = await db.CountsAsync(items.Select(e => e.Id).ToList(), cancellationToken);
        return TypedResults.Ok(new PagedResult<EventResponse>(
            items.Select(e => EventResponse.From(e, counts.GetValueOrDefault(e.Id) ?? EventCounts.None(e.Id))).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<EventResponse>, NotFound>> GetEvent(Guid id, EventsDbContext db, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(await ResponseAsync(db, found, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<Results<Created<EventResponse>, ValidationProblem>> PlanEvent(
        EventRequest request, EventsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var errors = EventValidation.Validate(request, await centerClock.AtAsync(client.CenterId, cancellationToken));
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var planned = Event.Plan(client.CenterId!, EventValidation.ToDetails(request), client.ClientId, clock.Now());
        db.Events.Add(planned);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/events/{planned.Id}", EventResponse.From(planned, EventCounts.None(planned.Id)));
    }

    private static async Task<Results<Ok<EventResponse>, ValidationProblem, NotFound>> ChangeEvent(
        Guid id, EventRequest request, EventsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        var errors = EventValidation.Validate(request, at);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockEventAsync(id, cancellationToken) is not { } locked)
        {
            return TypedResults.NotFound();
        }
        var confirmed = await db.ConfirmedCountAsync(id, cancellationToken);
        // Walk-ins may have filled the room beyond capacity; only lowering it below the confirmed count is refused.
        if (!errors.Check(request.Capacity >= locked.Capacity || request.Capacity >= confirmed, "capacity",
                $"Not lower than the {confirmed} confirmed registrations; cancel some first."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var dayAndKindBefore = (at.DayOf(locked.StartsAt), locked.Kind);
        locked.Change(EventValidation.ToDetails(request), clock.Now());
        if (dayAndKindBefore != (at.DayOf(locked.StartsAt), locked.Kind))
        {
            await ResendAttendancesAsync(db, locked, at, cancellationToken);
        }
        await db.PromoteFromWaitlistAsync(locked, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, locked, cancellationToken));
    }

    /// <summary>Attendances carry their event's day and kind: when either changes, program monitoring gets them anew.</summary>
    private static async Task ResendAttendancesAsync(EventsDbContext db, Event changed, CenterTime at, CancellationToken cancellationToken)
    {
        var attended = await db.Registrations.Where(r => r.EventId == changed.Id && r.CheckedInAt != null).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        db.AddActivities(changed.CenterId, attended.Select(registration => ProgramActivities.Attendance(changed, registration, at)));
    }

    private static async Task<EventResponse> ResponseAsync(EventsDbContext db, Event e, CancellationToken cancellationToken) =>
        EventResponse.From(e, (await db.CountsAsync([e.Id], cancellationToken)).GetValueOrDefault(e.Id) ?? EventCounts.None(e.Id));
}
