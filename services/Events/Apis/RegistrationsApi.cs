using System.Text;
using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.Events.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Apis;

public static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var registrations = app.MapGroup("/api/events/{eventId:guid}")
            .WithTags("Registrations")
            .RequireAuthorization(policy => policy.RequireScope(EventsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        registrations.MapGet("/registrations", ListRegistrations)
            .WithName("ListRegistrations")
            .WithSummary("List an event's registrations in the order they were made; filter by status or stakeholder category; paged.");
        registrations.MapGet("/registrations/{id:guid}", GetRegistration)
            .WithName("GetRegistration")
            .WithSummary("Get one registration.");
        registrations.MapPost("/registrations", Register)
            .WithName("Register")
            .WithSummary("Register a person: confirmed while places last, waitlisted after. The same email again returns the first registration.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        registrations.MapPost("/registrations/{id:guid}/cancel", Cancel)
            .WithName("CancelRegistration")
            .WithSummary("Cancel a registration; the place it held goes to the first on the waitlist. Cancelling twice changes nothing.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        registrations.MapPost("/registrations/{id:guid}/check-in", CheckIn)
            .WithName("CheckIn")
            .WithSummary("Check a registered person in at the door, from the event's first day at the center (409 before); checking in twice changes nothing. A company attendee makes its enterprise aware.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        registrations.MapPost("/walk-ins", WalkIn)
            .WithName("WalkIn")
            .WithSummary("Check in someone who came without registering (or find their registration and check it in), from the event's first day at the center (409 before).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        registrations.MapGet("/attendance-sheet", GetAttendanceSheet)
            .WithName("GetAttendanceSheet")
            .WithSummary("The attendance sheet as CSV: everyone checked in, in check-in order.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    private static async Task<Results<Ok<PagedResult<RegistrationResponse>>, ValidationProblem, NotFound>> ListRegistrations(
        Guid eventId, EventsDbContext db, CancellationToken cancellationToken, string? status = null, string? category = null, int? page = null,
        int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var statusFilter = errors.OptionalKebabCase<RegistrationStatus>(status, "status");
        var categoryFilter = errors.OptionalKebabCase<StakeholderCategory>(category, "category");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (statusFilter is { } wantedStatus)
        {
            query = query.Where(r => r.Status == wantedStatus);
        }
        if (categoryFilter is { } wantedCategory)
        {
            query = query.Where(r => r.Category == wantedCategory);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<RegistrationResponse>(items.Select(RegistrationResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<RegistrationResponse>, NotFound>> GetRegistration(
        Guid eventId, Guid id, EventsDbContext db, CancellationToken cancellationToken) =>
        await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(RegistrationResponse.From(found))
            : TypedResults.NotFound();

    private static async Task<Results<Created<RegistrationResponse>, Ok<RegistrationResponse>, ValidationProblem, NotFound>> Register(
        Guid eventId, PersonRequest request, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = PersonValidation.Validate(request);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var person = PersonValidation.ToPerson(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockEventAsync(eventId, cancellationToken) is not { } locked)
        {
            return TypedResults.NotFound();
        }
        if (await RegistrationDesk.CheckEnterpriseAsync(db, locked, person, cancellationToken) is { } unknown)
        {
            return TypedResults.ValidationProblem(unknown.ToDictionary());
        }
        var outcome = await RegistrationDesk.RegisterAsync(db, locked, person, RegistrationSource.Staff, clock.Now(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var response = RegistrationResponse.From(outcome.Registration);
        return outcome.Created ? TypedResults.Created($"/api/events/{eventId}/registrations/{response.Id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<CancellationResponse>, NotFound>> Cancel(
        Guid eventId, Guid id, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockEventAsync(eventId, cancellationToken) is not { } locked
            || await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == id, cancellationToken) is not { } registration)
        {
            return TypedResults.NotFound();
        }
        var freedPlace = registration.Cancel(clock.Now());
        // Saved first, so the place it held is free when the waitlist is counted.
        await db.SaveChangesAsync(cancellationToken);
        var promoted = freedPlace ? await db.PromoteFromWaitlistAsync(locked, cancellationToken) : [];
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new CancellationResponse(RegistrationResponse.From(registration), promoted.Select(RegistrationResponse.From).ToList()));
    }

    private static async Task<Results<Ok<RegistrationResponse>, NotFound>> CheckIn(
        Guid eventId, Guid id, EventsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockEventAsync(eventId, cancellationToken) is not { } locked
            || await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == id, cancellationToken) is not { } registration)
        {
            return TypedResults.NotFound();
        }
        var at = await OpenDoorAsync(locked, centerClock, cancellationToken);
        Admit(db, locked, registration, client.ClientId, clock.Now(), at);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(RegistrationResponse.From(registration));
    }

    private static async Task<Results<Created<RegistrationResponse>, Ok<RegistrationResponse>, ValidationProblem, NotFound>> WalkIn(
        Guid eventId, PersonRequest request, EventsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var errors = PersonValidation.Validate(request);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var person = PersonValidation.ToPerson(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockEventAsync(eventId, cancellationToken) is not { } locked)
        {
            return TypedResults.NotFound();
        }
        var at = await OpenDoorAsync(locked, centerClock, cancellationToken);
        if (await RegistrationDesk.CheckEnterpriseAsync(db, locked, person, cancellationToken) is { } unknown)
        {
            return TypedResults.ValidationProblem(unknown.ToDictionary());
        }
        var now = clock.Now();
        var outcome = await RegistrationDesk.RegisterAsync(db, locked, person, RegistrationSource.WalkIn, now, cancellationToken);
        Admit(db, locked, outcome.Registration, client.ClientId, now, at);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var response = RegistrationResponse.From(outcome.Registration);
        return outcome.Created ? TypedResults.Created($"/api/events/{eventId}/registrations/{response.Id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAttendanceSheet(
        Guid eventId, EventsDbContext db, CenterClock centerClock, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }
        var attended = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.CheckedInAt != null)
            .OrderBy(r => r.CheckedInAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var csv = Encoding.UTF8.GetBytes(AttendanceSheet.ToCsv(attended));
        var day = (await centerClock.AtAsync(found.CenterId, cancellationToken)).DayOf(found.StartsAt);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"attendance-{day:yyyy-MM-dd}-{found.Id}.csv");
    }

    /// <summary>The time at the event's center, once its first day has come there: nobody attends an event before it happens.</summary>
    private static async Task<CenterTime> OpenDoorAsync(Event locked, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var at = await centerClock.AtAsync(locked.CenterId, cancellationToken);
        if (!locked.IsCheckInOpen(at))
        {
            throw new ConflictException("eventId",
                $"Check-in opens on the event's first day, {at.DayOf(locked.StartsAt):yyyy-MM-dd} at the center; today there is {at.Today:yyyy-MM-dd}.");
        }
        return at;
    }

    /// <summary>
    /// Checks the person in; the first check-in is recorded for program monitoring and, for a company attendee, announced
    /// to the other services (both through the outbox) once.
    /// </summary>
    private static void Admit(EventsDbContext db, Event locked, Registration registration, string by, DateTimeOffset now, CenterTime at)
    {
        if (!registration.CheckIn(by, now))
        {
            return;
        }
        db.AddActivities(locked.CenterId, ProgramActivities.Attendance(locked, registration, at));
        if (registration.IsCompanyAttendance)
        {
            db.AddEvent(AttendanceEvents.AttendanceRecorded(locked, registration, at));
        }
    }
}
