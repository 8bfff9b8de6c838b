using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Apis;

/// <summary>Verified projects of enterprises that consented to publish their results: open to anyone.</summary>
public static class CaseStudiesApi
{
    public static IEndpointRouteBuilder MapCaseStudiesApi(this IEndpointRouteBuilder app)
    {
        var caseStudies = app.MapGroup("/api/public/case-studies")
            .WithTags("Case studies")
            .AllowAnonymous();

        caseStudies.MapGet("/", ListCaseStudies)
            .WithName("ListCaseStudies")
            .WithSummary("List published case studies, newest first; filter by sector or country; paged.");
        caseStudies.MapGet("/{id:guid}", GetCaseStudy)
            .WithName("GetCaseStudy")
            .WithSummary("Get a published case study: sector, country, options implemented, economics and reductions.");
        return app;
    }

    private static async Task<Results<Ok<PagedResult<CaseStudySummary>>, ValidationProblem>> ListCaseStudies(
        AssessmentsDbContext db, CancellationToken cancellationToken, string? sector = null, string? country = null, int? page = null,
        int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = from project in Published(db)
                    join enterprise in db.Enterprises.AsNoTracking() on project.EnterpriseId equals enterprise.EnterpriseId
                    select new { project.Id, project.VerifiedAt, enterprise.Sector, enterprise.Country, enterprise.SizeClass };
        if (!string.IsNullOrWhiteSpace(sector))
        {
            query = query.Where(row => row.Sector == sector.Trim());
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            query = query.Where(row => row.Country == country.Trim().ToUpperInvariant());
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(row => row.VerifiedAt).ThenBy(row => row.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(row => new CaseStudySummary(row.Id, row.Sector, row.Country, row.SizeClass, row.VerifiedAt!.Value))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CaseStudySummary>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<CaseStudyResponse>, NotFound>> GetCaseStudy(Guid id, AssessmentsDbContext db, CancellationToken cancellationToken)
    {
        var project = await Published(db).Include(project => project.Options).SingleOrDefaultAsync(project => project.Id == id, cancellationToken);
        if (project is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(CaseStudyResponse.From(project, await db.EnterpriseOfAsync(project, cancellationToken)));
    }

    private static IQueryable<DemonstrationProject> Published(AssessmentsDbContext db) =>
        db.Projects.AsNoTracking().Where(project => project.VerifiedAt != null
            && db.Enterprises.Any(enterprise => enterprise.EnterpriseId == project.EnterpriseId && enterprise.PublishResults));
}
