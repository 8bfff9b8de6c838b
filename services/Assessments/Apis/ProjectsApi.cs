using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.Assessments.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpPlatform.Assessments.Apis;

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/assessments/projects")
            .WithTags("Demonstration projects")
            .RequireAuthorization(policy => policy.RequireScope(AssessmentsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        projects.MapGet("/", ListProjects)
            .WithName("ListProjects")
            .WithSummary("List demonstration projects; filter by enterprise, phase, sector or verified; paged.");
        projects.MapGet("/{id:guid}", GetProject)
            .WithName("GetProject")
            .WithSummary("Get a project with its options, measurements and economics.");
        projects.MapPost("/", SelectProject)
            .WithName("SelectProject")
            .WithSummary($"Select a plant for a demonstration project with its consultants ({ProjectValidation.AssignedConsultants}, each e-mail once); 422 names each failed selection criterion.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        projects.MapPost("/{id:guid}/phase", MovePhase)
            .WithName("MoveProjectPhase")
            .WithSummary("Move a project to its next phase (forward only).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        projects.MapPost("/{id:guid}/cancel", CancelProject)
            .WithName("CancelProject")
            .WithSummary("Cancel an open project, with the reason.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        projects.MapPut("/{id:guid}/measurements/{kind}", RecordMeasurement)
            .WithName("RecordMeasurement")
            .WithSummary("Record the baseline or the after (verification) period (ended by today at the center, at most 5 years long): resource quantities and production output.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        projects.MapPost("/{id:guid}/scores", ScoreConsultant)
            .WithName("ScoreConsultant")
            .WithSummary("Score an assigned consultant's performance on the project (0 to 100).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        projects.MapProjectOptionsApi();
        return app;
    }

    private static async Task<Results<Ok<PagedResult<ProjectSummary>>, ValidationProblem>> ListProjects(
        AssessmentsDbContext db,
        CancellationToken cancellationToken,
        Guid? enterpriseId = null,
        string? phase = null,
        string? sector = null,
        bool? verified = null,
        int? page = null,
        int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var phaseValue = errors.OptionalKebabCase<ProjectPhase>(phase, "phase");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = from project in db.Projects.AsNoTracking()
                    join enterprise in db.Enterprises on project.EnterpriseId equals enterprise.EnterpriseId
                    select new { project, enterprise };
        if (enterpriseId is { } enterpriseFilter)
        {
            query = query.Where(row => row.project.EnterpriseId == enterpriseFilter);
        }
        if (phaseValue is { } phaseFilter)
        {
            query = query.Where(row => row.project.Phase == phaseFilter);
        }
        if (!string.IsNullOrWhiteSpace(sector))
        {
            query = query.Where(row => row.enterprise.Sector == sector.Trim());
        }
        if (verified is { } isVerified)
        {
            query = query.Where(row => (row.project.VerifiedAt != null) == isVerified);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(row => row.project.SelectedAt).ThenBy(row => row.project.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(row => new ProjectSummary(row.project.Id, row.project.CenterId, row.project.EnterpriseId, row.enterprise.LegalName,
                row.enterprise.Sector, row.project.Phase, row.project.SelectedAt, row.project.VerifiedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ProjectSummary>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound>> GetProject(Guid id, AssessmentsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.FindProjectAsync(id, cancellationToken) is not { } project)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(ProjectResponse.From(project, await db.EnterpriseOfAsync(project, cancellationToken)));
    }

    private static async Task<Results<Created<ProjectResponse>, ValidationProblem, ProblemHttpResult>> SelectProject(
        CreateProjectRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        IOptions<CostShareRule> costShare, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request.EnterpriseId is not null, "enterpriseId", "Required.");
        var consultants = ProjectValidation.Consultants(request.Consultants, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var enterpriseId = request.EnterpriseId!.Value;
        if (await db.Enterprises.SingleOrDefaultAsync(e => e.EnterpriseId == enterpriseId, cancellationToken) is not { } enterprise)
        {
            return UnknownEnterprise.Problem(enterpriseId);
        }
        PreAssessment? preAssessment = null;
        if (request.PreAssessmentId is { } preAssessmentId)
        {
            preAssessment = await db.PreAssessments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == preAssessmentId, cancellationToken);
            if (preAssessment?.EnterpriseId != enterpriseId)
            {
                errors.Add("preAssessmentId", "No pre-assessment of this enterprise has this id.");
                return TypedResults.ValidationProblem(errors.ToDictionary());
            }
        }

        var criteria = new SelectionCriteria(
            enterprise.IsSme,
            request.LocallySignificantImpact ?? preAssessment?.Criteria.LocallySignificantImpact ?? false,
            enterprise.PublishResults,
            request.ManagementCommitment ?? preAssessment?.Criteria.ManagementCommitment ?? false);
        if (criteria.Failed() is { Count: > 0 } failed)
        {
            return NotSelectable(failed);
        }

        var project = DemonstrationProject.Select(enterprise, preAssessment?.Id, criteria, costShare.Value.Split(enterprise.SizeClass),
            consultants, client.ClientId, clock.GetUtcNow());
        db.Projects.Add(project);
        db.AddEvent(AssessmentEvents.ProjectSelected(project));
        db.AddActivities(project.CenterId, ProgramActivities.DemonstrationProject(project, await centerClock.AtAsync(project.CenterId, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessments/projects/{project.Id}", ProjectResponse.From(project, enterprise));
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound, ValidationProblem>> MovePhase(
        Guid id, PhaseRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.To is not { } to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"Required, one of: {KebabCase.AllowedValues<ProjectPhase>()}."] });
        }
        return await ChangeAsync(id, db, project => project.MoveTo(to, client.ClientId, clock.GetUtcNow()), cancellationToken);
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound, ValidationProblem>> CancelProject(
        Guid id, CancelRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        if (!Text.IsPresent(request.Reason, 2000))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Required, at most 2000 characters."] });
        }
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        return await ChangeAsync(id, db, project =>
        {
            project.Cancel(request.Reason!.Trim(), client.ClientId, clock.GetUtcNow());
            db.AddActivities(project.CenterId, ProgramActivities.DemonstrationProject(project, at));
        }, cancellationToken);
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound, ValidationProblem>> RecordMeasurement(
        Guid id, string kind, MeasurementRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(KebabCase.TryParse<MeasurementKind>(kind, out var measurementKind), "kind", $"Must be one of: {KebabCase.AllowedValues<MeasurementKind>()}.");
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        var measurement = ProjectValidation.Measurement(request, at.Today, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await ChangeAsync(id, db, project =>
        {
            project.Record(measurementKind, measurement, clock.GetUtcNow());
            // A measurement decides whether verified results meet the program goal.
            if (project.VerifiedAt is not null)
            {
                db.AddActivities(project.CenterId, ProgramActivities.SavingsVerified(project, at));
            }
        }, cancellationToken);
    }

    private static async Task<Results<Ok<ProjectResponse>, NotFound, ValidationProblem>> ScoreConsultant(
        Guid id, ScoreRequest request, AssessmentsDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.ConsultantEmail, 254), "consultantEmail", "Required.");
        errors.Check(request.Score is >= 0 and <= ConsultantScore.Max, "score", $"Required, 0 to {ConsultantScore.Max}.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await ChangeAsync(id, db, project =>
        {
            var score = project.Score(request.ConsultantEmail!.Trim(), request.Score!.Value, client.ClientId, clock.GetUtcNow());
            db.AddEvent(AssessmentEvents.ConsultantScored(project, score));
        }, cancellationToken);
    }

    /// <summary>Loads the project, applies a domain change (a broken rule throws a conflict) and saves it.</summary>
    private static async Task<Results<Ok<ProjectResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id, AssessmentsDbContext db, Action<DemonstrationProject> change, CancellationToken cancellationToken)
    {
        if (await db.FindProjectAsync(id, cancellationToken) is not { } project)
        {
            return TypedResults.NotFound();
        }
        change(project);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectResponse.From(project, await db.EnterpriseOfAsync(project, cancellationToken)));
    }

    private static ProblemHttpResult NotSelectable(IReadOnlyList<string> failed) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The enterprise does not meet the selection criteria.",
        detail: $"Failed: {string.Join(", ", failed)}.",
        extensions: new Dictionary<string, object?> { ["failedCriteria"] = failed });
}
