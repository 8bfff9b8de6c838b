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

/// <summary>A center's advisory board: its members and their terms, and its meetings with agenda, attendance and minutes.</summary>
public static class AdvisoryBoardApi
{
    private static readonly CollectionRule Agenda = new(1, 50, "agenda items");

    /// <summary>The members present at one meeting: boards have a few dozen members at most.</summary>
    private static readonly CollectionRule MemberIds = new(0, 100, "member ids");

    public static IEndpointRouteBuilder MapAdvisoryBoardApi(this IEndpointRouteBuilder app)
    {
        var board = app.MapGroup("/api/events/advisory-board")
            .WithTags("Advisory board")
            .RequireAuthorization(policy => policy.RequireScope(EventsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        board.MapGet("/members", ListMembers)
            .WithName("ListBoardMembers")
            .WithSummary("List board members by name; filter by center (national) or those seated on a day; paged.");
        board.MapPost("/members", AppointMember)
            .WithName("AppointBoardMember")
            .WithSummary("Appoint a member to the caller's board: name, stakeholder category, organisation and term (starting at most 5 years ahead, at most 10 years long).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        board.MapPut("/members/{id:guid}", ChangeMember)
            .WithName("ChangeBoardMember")
            .WithSummary("Replace a member's details, e.g. to end their term.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        board.MapGet("/meetings", ListMeetings)
            .WithName("ListBoardMeetings")
            .WithSummary("List board meetings, newest first; filter by center (national); paged.");
        board.MapGet("/meetings/{id:guid}", GetMeeting)
            .WithName("GetBoardMeeting")
            .WithSummary("Get a meeting with its agenda, the members who attended and the minutes.");
        board.MapPost("/meetings", ScheduleMeeting)
            .WithName("ScheduleBoardMeeting")
            .WithSummary($"Schedule a board meeting (at most 5 years ahead) with its agenda: {Agenda} of at most 500 characters.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        board.MapPut("/meetings/{id:guid}/attendance", RecordAttendance)
            .WithName("RecordBoardAttendance")
            .WithSummary($"Record which members attended ({MemberIds}, may be empty); each must have held a seat on the meeting's day.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        board.MapPut("/meetings/{id:guid}/minutes", RecordMinutes)
            .WithName("RecordBoardMinutes")
            .WithSummary("Record (or correct) the meeting's minutes.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<BoardMemberResponse>>, ValidationProblem>> ListMembers(
        EventsDbContext db, ICurrentClient client, CancellationToken cancellationToken, string? centerId = null, DateOnly? seatedOn = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        errors.FilterDay(seatedOn, "seatedOn");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = db.BoardMembers.AsNoTracking();
        if (client.Kind != ClientKind.Center && !string.IsNullOrWhiteSpace(centerId))
        {
            query = query.Where(m => m.CenterId == centerId.Trim());
        }
        if (seatedOn is { } day)
        {
            query = query.Where(m => m.TermStart <= day && (m.TermEnd == null || day <= m.TermEnd));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.CenterId).ThenBy(m => m.Name).ThenBy(m => m.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<BoardMemberResponse>(items.Select(BoardMemberResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Created<BoardMemberResponse>, ValidationProblem>> AppointMember(
        BoardMemberRequest request, EventsDbContext db, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var today = (await centerClock.AtAsync(client.CenterId, cancellationToken)).Today;
        var errors = Validate(request, today);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var member = BoardMember.Appoint(client.CenterId!, ToDetails(request));
        db.BoardMembers.Add(member);
        db.AddActivities(member.CenterId, ProgramActivities.Member(member));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/events/advisory-board/members/{member.Id}", BoardMemberResponse.From(member));
    }

    private static async Task<Results<Ok<BoardMemberResponse>, ValidationProblem, NotFound>> ChangeMember(
        Guid id, BoardMemberRequest request, EventsDbContext db, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var today = (await centerClock.AtAsync(client.CenterId, cancellationToken)).Today;
        var errors = Validate(request, today);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.BoardMembers.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } member)
        {
            return TypedResults.NotFound();
        }
        member.Change(ToDetails(request));
        db.AddActivities(member.CenterId, ProgramActivities.Member(member));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BoardMemberResponse.From(member));
    }

    private static async Task<Results<Ok<PagedResult<BoardMeetingResponse>>, ValidationProblem>> ListMeetings(
        EventsDbContext db, ICurrentClient client, CancellationToken cancellationToken, string? centerId = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = db.BoardMeetings.AsNoTracking();
        if (client.Kind != ClientKind.Center && !string.IsNullOrWhiteSpace(centerId))
        {
            query = query.Where(m => m.CenterId == centerId.Trim());
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.Date).ThenBy(m => m.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var members = await MembersAsync(db, items.SelectMany(m => m.AttendeeIds), cancellationToken);
        return TypedResults.Ok(new PagedResult<BoardMeetingResponse>(
            items.Select(m => BoardMeetingResponse.From(m, members)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<BoardMeetingResponse>, NotFound>> GetMeeting(Guid id, EventsDbContext db, CancellationToken cancellationToken) =>
        await db.BoardMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(BoardMeetingResponse.From(found, await MembersAsync(db, found.AttendeeIds, cancellationToken)))
            : TypedResults.NotFound();

    private static async Task<Results<Created<BoardMeetingResponse>, ValidationProblem>> ScheduleMeeting(
        BoardMeetingRequest request, EventsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.PlannedDay(request.Date, "date", (await centerClock.AtAsync(client.CenterId, cancellationToken)).Today);
        errors.Check(Text.IsAbsentOrFits(request.Venue, 300), "venue", "At most 300 characters.");
        errors.Collection(request.Agenda, "agenda", Agenda, item => Text.IsPresent(item, 500), "Required, at most 500 characters.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var meeting = BoardMeeting.Schedule(client.CenterId!, request.Date!.Value, Text.TrimmedOrNull(request.Venue),
            request.Agenda!.Select(item => item.Trim()), clock.Now());
        db.BoardMeetings.Add(meeting);
        db.AddActivities(meeting.CenterId, ProgramActivities.Meeting(meeting.Id, meeting.Date));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/events/advisory-board/meetings/{meeting.Id}", BoardMeetingResponse.From(meeting, new Dictionary<Guid, BoardMember>()));
    }

    private static async Task<Results<Ok<BoardMeetingResponse>, ValidationProblem, NotFound>> RecordAttendance(
        Guid id, AttendanceRequest request, EventsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Collection(request.MemberIds, "memberIds", MemberIds);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.BoardMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meeting)
        {
            return TypedResults.NotFound();
        }
        var members = await MembersAsync(db, request.MemberIds!, cancellationToken);
        var outsiders = request.MemberIds!.Where(memberId => !members.TryGetValue(memberId, out var member)
            || member.CenterId != meeting.CenterId || !member.IsSeatedOn(meeting.Date)).Distinct().ToList();
        if (outsiders.Count > 0)
        {
            errors.Add("memberIds", $"Not members of this board seated on {meeting.Date:yyyy-MM-dd}: {string.Join(", ", outsiders)}.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        meeting.RecordAttendance(members.Values);
        foreach (var member in members.Values)
        {
            db.DependOnRowAsRead(member); // each was seated as read: a term changed meanwhile fails the save (409)
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BoardMeetingResponse.From(meeting, members));
    }

    private static async Task<Results<Ok<BoardMeetingResponse>, ValidationProblem, NotFound>> RecordMinutes(
        Guid id, MinutesRequest request, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Minutes, 20000), "minutes", "Required, at most 20000 characters.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.BoardMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meeting)
        {
            return TypedResults.NotFound();
        }
        meeting.RecordMinutes(request.Minutes!.Trim(), clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BoardMeetingResponse.From(meeting, await MembersAsync(db, meeting.AttendeeIds, cancellationToken)));
    }

    private static ValidationErrors Validate(BoardMemberRequest request, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Name, 200), "name", "Required, at most 200 characters.");
        errors.Check(request.Email is null || Text.IsEmail(request.Email), "email", "An email address when given.");
        errors.Check(request.Category is not null, "category", $"Required, one of: {KebabCase.AllowedValues<StakeholderCategory>()}.");
        errors.Check(Text.IsPresent(request.Organisation, 200), "organisation", "Required, at most 200 characters.");
        errors.PlannedDay(request.TermStart, "termStart", today);
        errors.EndDay(request.TermStart, request.TermEnd, "termEnd", "termStart", Dates.LongestBoardTerm, optional: true);
        return errors;
    }

    private static BoardMemberDetails ToDetails(BoardMemberRequest request) => new(
        request.Name!.Trim(), request.Email is null ? null : EmailAddress.Normalize(request.Email), request.Category!.Value,
        request.Organisation!.Trim(), request.TermStart!.Value, request.TermEnd);

    private static async Task<Dictionary<Guid, BoardMember>> MembersAsync(EventsDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.BoardMembers.Where(m => wanted.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
    }
}
