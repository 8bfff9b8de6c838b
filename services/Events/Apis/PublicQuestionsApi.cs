using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.Events.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Events.Apis;

/// <summary>"Ask the expert": anyone may send a question (the gateway limits how often per address).</summary>
public static class PublicQuestionsApi
{
    public static IEndpointRouteBuilder MapPublicQuestionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/public/questions", Ask)
            .WithTags("Ask the expert")
            .WithName("AskTheExpert")
            .WithSummary("Ask a center's experts a question; the center must be one events knows (422); a repeated Idempotency-Key from the same email with the same body returns the first receipt, with another body 422.")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Created<QuestionReceipt>, ValidationProblem, ProblemHttpResult>> Ask(
        QuestionRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, EventsDbContext db, TimeProvider clock,
        CenterClock centerClock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsSlug(request.CenterId?.Trim(), 64), "centerId", "Required: the id of the center asked, such as mx-chihuahua.");
        errors.Check(Text.IsPresent(request.Name, 200), "name", "Required, at most 200 characters.");
        errors.Check(Text.IsEmail(request.Email), "email", "Required, an email address of at most 254 characters.");
        errors.Check(Text.IsAbsentOrFits(request.Organisation, 200), "organisation", "At most 200 characters.");
        errors.Check(request.Sector is null || Text.IsSlug(request.Sector.Trim(), 40), "sector", "A sector id such as leather-tanning.");
        errors.Check(Text.IsPresent(request.Question, 4000), "question", "Required, at most 4000 characters.");
        errors.Check(idempotencyKey is null || Text.IsPresent(idempotencyKey, 200), "Idempotency-Key", "At most 200 characters when given.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var centerId = request.CenterId!.Trim();
        if (!await db.KnowsCenterAsync(centerId, cancellationToken))
        {
            return TypedResults.Problem(new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["centerId"] = ["Not a center known to the events service (one with events, enterprises, consultants or an advisory board)."],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Type = "urn:cp-platform:problem:unknown-center",
                Title = "The center asked is not known.",
            });
        }
        if (request.EnterpriseId is { } enterpriseId
            && !errors.Check(await db.Enterprises.AnyAsync(e => e.EnterpriseId == enterpriseId && e.CenterId == centerId, cancellationToken),
                "enterpriseId", "Not an enterprise in the register of this center."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var key = idempotencyKey?.Trim();
        var question = ExpertQuestion.Ask(centerId, request.Name!.Trim(), request.Email!.Trim(), Text.TrimmedOrNull(request.Organisation),
            request.EnterpriseId, Text.TrimmedOrNull(request.Sector), request.Question!.Trim(), key, clock.Now());
        if (key is not null && await FindAsync(db, question.AskerEmail, key, cancellationToken) is { } repeated)
        {
            return Repeat(repeated, question);
        }

        db.Questions.Add(question);
        db.AddActivities(centerId, ProgramActivities.Question(question, await centerClock.AtAsync(centerId, cancellationToken)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (key is not null && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same submission arrived twice at once: answer with the one that was stored.
            db.ChangeTracker.Clear();
            if (await FindAsync(db, question.AskerEmail, key, cancellationToken) is { } first)
            {
                return Repeat(first, question);
            }
            throw;
        }
        return Received(question);
    }

    /// <summary>
    /// A key is scoped to its sender's (normalized) email: the same key from someone else is their own question, and
    /// nobody receives another person's receipt by guessing a key.
    /// </summary>
    private static Task<ExpertQuestion?> FindAsync(EventsDbContext db, string askerEmail, string key, CancellationToken cancellationToken) =>
        db.Questions.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(q => q.AskerEmail == askerEmail && q.IdempotencyKey == key, cancellationToken);

    /// <summary>A true retry gets the first receipt; the same key with another question is refused, never silently dropped.</summary>
    private static Results<Created<QuestionReceipt>, ValidationProblem, ProblemHttpResult> Repeat(ExpertQuestion first, ExpertQuestion submitted) =>
        first.IsSameSubmission(submitted.CenterId, submitted.AskerName, submitted.Organisation, submitted.EnterpriseId, submitted.Sector, submitted.Text)
            ? Received(first)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "urn:cp-platform:problem:idempotency-key-reused",
                title: "This Idempotency-Key was used for a different question.",
                detail: "A retry must repeat the first submission exactly; use a new Idempotency-Key for a new question.",
                extensions: new Dictionary<string, object?> { ["failedRules"] = new[] { "idempotency-key-reused" } });

    private static Created<QuestionReceipt> Received(ExpertQuestion question) => TypedResults.Created((string?)null, QuestionReceipt.From(question));
}
