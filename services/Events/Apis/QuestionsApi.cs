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

/// <summary>Staff handle "ask the expert" questions: assign each to a certified consultant and record the answer.</summary>
public static class QuestionsApi
{
    public static IEndpointRouteBuilder MapQuestionsApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/events")
            .WithTags("Ask the expert")
            .RequireAuthorization(policy => policy.RequireScope(EventsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        staff.MapGet("/experts", ListExperts)
            .WithName("ListExperts")
            .WithSummary("Consultants who may answer questions: those holding a valid certificate from the training service.");
        staff.MapGet("/questions", ListQuestions)
            .WithName("ListQuestions")
            .WithSummary("List questions, newest first; filter by status, year received (as the center counts it) or center (national); paged.");
        staff.MapGet("/questions/{id:guid}", GetQuestion)
            .WithName("GetQuestion")
            .WithSummary("Get a question with its assignment and answer.");
        staff.MapPost("/questions/{id:guid}/assign", Assign)
            .WithName("AssignQuestion")
            .WithSummary("Give the question to a consultant with a valid certificate; it may be handed on until answered.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        staff.MapPost("/questions/{id:guid}/answer", Answer)
            .WithName("AnswerQuestion")
            .WithSummary("Record the assigned consultant's answer; a question is answered once.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return app;
    }

    private static async Task<Ok<List<ExpertResponse>>> ListExperts(EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var experts = await db.Roster.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Valid && c.ExpiresAt > now)
            .OrderBy(c => c.Name).ThenBy(c => c.CertificateNumber)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(experts.Select(ExpertResponse.From).ToList());
    }

    private static async Task<Results<Ok<PagedResult<QuestionResponse>>, ValidationProblem>> ListQuestions(
        EventsDbContext db, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken, string? status = null, int? year = null,
        string? centerId = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var statusFilter = errors.OptionalKebabCase<QuestionStatus>(status, "status");
        errors.Check(year is null or >= 2000 and <= 2100, "year", "Between 2000 and 2100.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = db.Questions.AsNoTracking();
        if (statusFilter is { } wanted)
        {
            query = query.Where(q => q.Status == wanted);
        }
        if (year is { } received)
        {
            var at = await centerClock.AtAsync(client.Kind == ClientKind.Center ? client.CenterId : Text.TrimmedOrNull(centerId), cancellationToken);
            var (start, end) = (at.StartOf(new DateOnly(received, 1, 1)), at.StartOf(new DateOnly(received + 1, 1, 1)));
            query = query.Where(q => q.ReceivedAt >= start && q.ReceivedAt < end);
        }
        if (client.Kind != ClientKind.Center && !string.IsNullOrWhiteSpace(centerId))
        {
            query = query.Where(q => q.CenterId == centerId.Trim());
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(q => q.ReceivedAt).ThenBy(q => q.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<QuestionResponse>(items.Select(QuestionResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<QuestionResponse>, NotFound>> GetQuestion(Guid id, EventsDbContext db, CancellationToken cancellationToken) =>
        await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(QuestionResponse.From(found))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<QuestionResponse>, ValidationProblem, NotFound>> Assign(
        Guid id, AssignmentRequest request, EventsDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsEmail(request.ConsultantEmail), "consultantEmail", "Required, an email address.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken) is not { } question)
        {
            return TypedResults.NotFound();
        }
        var now = clock.Now();
        var email = EmailAddress.Normalize(request.ConsultantEmail!);
        var certificates = await db.Roster.Where(c => c.Email == email).ToListAsync(cancellationToken);
        if (certificates.FirstOrDefault(c => c.MayAnswer(now)) is not { } expert)
        {
            errors.Add("consultantEmail", "Not a consultant holding a valid certificate on the training service's roster.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        question.AssignTo(expert, client.ClientId, now);
        db.DependOnRowAsRead(expert); // a suspension or revocation applied meanwhile fails the assignment (409)
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(QuestionResponse.From(question));
    }

    private static async Task<Results<Ok<QuestionResponse>, ValidationProblem, NotFound>> Answer(
        Guid id, AnswerRequest request, EventsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Answer, 8000), "answer", "Required, at most 8000 characters.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken) is not { } question)
        {
            return TypedResults.NotFound();
        }
        question.RecordAnswer(request.Answer!.Trim(), client.ClientId, clock.Now());
        db.AddActivities(question.CenterId, ProgramActivities.Question(question, await centerClock.AtAsync(question.CenterId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(QuestionResponse.From(question));
    }
}
