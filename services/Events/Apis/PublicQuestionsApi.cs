using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
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
            .WithSummary("Ask a center's experts a question; a repeated Idempotency-Key returns the first receipt.")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Created<QuestionReceipt>, ValidationProblem>> Ask(
        QuestionRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, EventsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
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
        if (request.EnterpriseId is { } enterpriseId
            && !errors.Check(await db.Enterprises.AnyAsync(e => e.EnterpriseId == enterpriseId && e.CenterId == centerId, cancellationToken),
                "enterpriseId", "Not an enterprise in the register of this center."))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var key = idempotencyKey?.Trim();
        if (key is not null && await FindAsync(db, key, cancellationToken) is { } repeated)
        {
            return Received(repeated);
        }

        var question = ExpertQuestion.Ask(centerId, request.Name!.Trim(), request.Email!.Trim(), Text.TrimmedOrNull(request.Organisation),
            request.EnterpriseId, Text.TrimmedOrNull(request.Sector), request.Question!.Trim(), key, clock.Now());
        db.Questions.Add(question);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (key is not null && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same submission arrived twice at once: answer with the one that was stored.
            db.ChangeTracker.Clear();
            if (await FindAsync(db, key, cancellationToken) is { } first)
            {
                return Received(first);
            }
            throw;
        }
        return Received(question);
    }

    private static Task<ExpertQuestion?> FindAsync(EventsDbContext db, string key, CancellationToken cancellationToken) =>
        db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.IdempotencyKey == key, cancellationToken);

    private static Created<QuestionReceipt> Received(ExpertQuestion question) => TypedResults.Created((string?)null, QuestionReceipt.From(question));
}
