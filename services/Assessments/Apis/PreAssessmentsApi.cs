using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.Assessments.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Apis;

public static class PreAssessmentsApi
{
    public static IEndpointRouteBuilder MapPreAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var preAssessments = app.MapGroup("/api/assessments/pre-assessments")
            .WithTags("Pre-assessments")
            .RequireAuthorization(policy => policy.RequireScope(AssessmentsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        preAssessments.MapGet("/", ListPreAssessments)
            .WithName("ListPreAssessments")
            .WithSummary("List pre-assessments, newest first; filter by enterprise; paged.");
        preAssessments.MapGet("/{id:guid}", GetPreAssessment)
            .WithName("GetPreAssessment")
            .WithSummary("Get a pre-assessment with its selection criteria and decision.");
        preAssessments.MapPost("/", RecordPreAssessment)
            .WithName("RecordPreAssessment")
            .WithSummary("Record a plant walk-through (dated from 2000-01-01 to today at the center); the decision follows from the four selection criteria.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<PreAssessmentResponse>>, ValidationProblem>> ListPreAssessments(
        AssessmentsDbContext db, CancellationToken cancellationToken, Guid? enterpriseId = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = db.PreAssessments.AsNoTracking();
        if (enterpriseId is { } enterprise)
        {
            query = query.Where(preAssessment => preAssessment.EnterpriseId == enterprise);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(preAssessment => preAssessment.Date).ThenBy(preAssessment => preAssessment.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PreAssessmentResponse>(items.Select(PreAssessmentResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PreAssessmentResponse>, NotFound>> GetPreAssessment(
        Guid id, AssessmentsDbContext db, CancellationToken cancellationToken) =>
        await db.PreAssessments.AsNoTracking().SingleOrDefaultAsync(preAssessment => preAssessment.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(PreAssessmentResponse.From(found))
            : TypedResults.NotFound();

    private static async Task<Results<Created<PreAssessmentResponse>, ValidationProblem, ProblemHttpResult>> RecordPreAssessment(
        PreAssessmentRequest request, AssessmentsDbContext db, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken)
    {
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        var errors = new ValidationErrors();
        errors.Check(request.EnterpriseId is not null, "enterpriseId", "Required.");
        errors.PastDay(request.Date, "date", at.Today);
        errors.Check(Text.IsPresent(request.Specialist, 200), "specialist", "Required, at most 200 characters.");
        errors.Check(Text.IsPresent(request.Findings, 8000), "findings", "Required, at most 8000 characters.");
        errors.Check(request.LocallySignificantImpact is not null, "locallySignificantImpact", "Required.");
        errors.Check(request.ManagementCommitment is not null, "managementCommitment", "Required.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var enterpriseId = request.EnterpriseId!.Value;
        if (await db.Enterprises.SingleOrDefaultAsync(e => e.EnterpriseId == enterpriseId, cancellationToken) is not { } enterprise)
        {
            return UnknownEnterprise.Problem(enterpriseId);
        }

        var preAssessment = PreAssessment.Record(enterprise, request.Date!.Value, request.Specialist!.Trim(), request.Findings!.Trim(),
            request.LocallySignificantImpact!.Value, request.ManagementCommitment!.Value, client.ClientId, at.Now);
        db.PreAssessments.Add(preAssessment);
        db.AddEvent(AssessmentEvents.PreAssessmentCompleted(preAssessment));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessments/pre-assessments/{preAssessment.Id}", PreAssessmentResponse.From(preAssessment));
    }
}
