using CpPlatform.Enterprises.Caching;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.Enterprises.Messaging;
using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Enterprises.Apis;

public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var enterprises = app.MapGroup("/api/enterprises")
            .WithTags("Enterprises")
            .RequireAuthorization(policy => policy.RequireScope(EnterprisesScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));

        enterprises.MapGet("/", SearchEnterprises)
            .WithName("SearchEnterprises")
            .WithSummary("Search the register: filter by sector, size class, SME, stage, state or text in name and tax id; paged.");
        enterprises.MapGet("/{id:guid}", GetEnterprise)
            .WithName("GetEnterprise")
            .WithSummary("Get an enterprise with its contacts, consents, baselines and resource-efficiency indicators.");
        enterprises.MapPost("/", RegisterEnterprise)
            .WithName("RegisterEnterprise")
            .WithSummary($"Register an enterprise in the calling center's register ({EnterpriseValidation.Contacts}).")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        enterprises.MapPut("/{id:guid}", UpdateEnterprise)
            .WithName("UpdateEnterprise")
            .WithSummary($"Replace an enterprise's details, contacts ({EnterpriseValidation.Contacts}) and consents.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        enterprises.MapGet("/{id:guid}/baselines", ListBaselines)
            .WithName("ListBaselines")
            .WithSummary("List an enterprise's baselines with their indicators.");
        enterprises.MapPost("/{id:guid}/baselines", AddBaseline)
            .WithName("AddBaseline")
            .WithSummary("Record a baseline period (ended by today at the center, at most 5 years long): resource use, pollution and production output.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<EnterpriseSummary>>, ValidationProblem>> SearchEnterprises(
        EnterprisesDbContext db,
        ICacheAside cache,
        ICurrentClient client,
        CancellationToken cancellationToken,
        string? q = null,
        string? sector = null,
        string? sizeClass = null,
        bool? isSme = null,
        string? stage = null,
        string? state = null,
        string? centerId = null,
        int? page = null,
        int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var query = db.Enterprises.AsNoTracking();
        if (errors.OptionalKebabCase<Sector>(sector, "sector") is { } sectorValue)
        {
            query = query.Where(enterprise => enterprise.Sector == sectorValue);
        }
        if (errors.OptionalKebabCase<SizeClass>(sizeClass, "sizeClass") is { } sizeValue)
        {
            query = query.Where(enterprise => enterprise.SizeClass == sizeValue);
        }
        if (errors.OptionalKebabCase<EngagementStage>(stage, "stage") is { } stageValue)
        {
            query = query.Where(enterprise => enterprise.Stage == stageValue);
        }
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (isSme is { } sme)
        {
            query = query.Where(enterprise => enterprise.IsSme == sme);
        }
        if (!string.IsNullOrWhiteSpace(state))
        {
            query = query.Where(enterprise => enterprise.State == state.Trim());
        }
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            query = query.Where(enterprise => enterprise.CenterId == centerId);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var namePattern = $"%{EscapeLike(q.Trim())}%";
            var taxIdPattern = $"%{EscapeLike(TaxId.Normalize(q))}%";
            query = query.Where(enterprise => EF.Functions.ILike(enterprise.LegalName, namePattern, "\\")
                || EF.Functions.Like(enterprise.TaxId, taxIdPattern, "\\"));
        }

        var question = VersionedAnswers.Question(client.RestrictedToCenter, q, sector, sizeClass, stage, isSme, state, centerId, paging.Page, paging.PageSize);
        return TypedResults.Ok(await cache.GetOrLoadAnswerAsync(EnterpriseCacheInvalidator.RegisterVersionKey, question, async token =>
        {
            var total = await query.CountAsync(token);
            var items = await query
                .OrderBy(enterprise => enterprise.LegalName).ThenBy(enterprise => enterprise.Id)
                .Skip(paging.Skip).Take(paging.PageSize)
                .Select(enterprise => new EnterpriseSummary(
                    enterprise.Id, enterprise.CenterId, enterprise.LegalName, enterprise.TaxId, enterprise.Country, enterprise.State,
                    enterprise.Municipality, enterprise.Sector, enterprise.Employees, enterprise.AnnualSalesUsd, enterprise.SizeClass,
                    enterprise.IsSme, enterprise.Stage))
                .ToListAsync(token);
            return new PagedResult<EnterpriseSummary>(items, paging.Page, paging.PageSize, total);
        }, cancellationToken));
    }

    private static async Task<Results<Ok<EnterpriseResponse>, NotFound>> GetEnterprise(
        Guid id, EnterpriseReadCache enterprises, CancellationToken cancellationToken) =>
        await enterprises.FindAsync(id, cancellationToken) is { } enterprise
            ? TypedResults.Ok(enterprise)
            : TypedResults.NotFound();

    private static async Task<Results<Created<EnterpriseResponse>, ValidationProblem, ProblemHttpResult>> RegisterEnterprise(
        EnterpriseRequest request, EnterprisesDbContext db, CenterDirectory centers, ICurrentClient client, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = EnterpriseValidation.Details(request, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var centerId = client.CenterId!;
        await using var transaction = await db.BeginAllOrNothingTransactionAsync(cancellationToken);
        if (await centers.FindToClassifyAsync(centerId, cancellationToken) is not { } center)
        {
            return UnknownCenter(centerId);
        }

        var enterprise = Enterprise.Register(centerId, details, center.SizeRule, client.ClientId, clock.GetUtcNow());
        db.Enterprises.Add(enterprise);
        db.AddEvent(EnterpriseEvents.Registered(enterprise));
        await SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/enterprises/{enterprise.Id}", EnterpriseResponse.From(enterprise));
    }

    private static async Task<Results<Ok<EnterpriseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateEnterprise(
        Guid id, EnterpriseRequest request, EnterprisesDbContext db, CenterDirectory centers, ICurrentClient client, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = EnterpriseValidation.Details(request, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await using var transaction = await db.BeginAllOrNothingTransactionAsync(cancellationToken);
        if (await FindAsync(db, id, cancellationToken) is not { } enterprise)
        {
            return TypedResults.NotFound();
        }
        if (await centers.FindToClassifyAsync(enterprise.CenterId, cancellationToken) is not { } center)
        {
            return UnknownCenter(enterprise.CenterId);
        }

        enterprise.Update(details, center.SizeRule, client.ClientId, clock.GetUtcNow());
        db.AddEvent(EnterpriseEvents.Updated(enterprise));
        await SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }

    private static async Task<Results<Ok<List<BaselineResponse>>, NotFound>> ListBaselines(
        Guid id, EnterprisesDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, cancellationToken) is not { } enterprise)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(enterprise.Baselines.OrderBy(baseline => baseline.PeriodStart).Select(BaselineResponse.From).ToList());
    }

    private static async Task<Results<Created<BaselineResponse>, NotFound, ValidationProblem>> AddBaseline(
        Guid id, BaselineRequest request, EnterprisesDbContext db, ICurrentClient client, CenterClock centerClock, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var at = await centerClock.AtAsync(client.CenterId, cancellationToken);
        var readings = EnterpriseValidation.Readings(request, at.Today, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await FindAsync(db, id, cancellationToken) is not { } enterprise)
        {
            return TypedResults.NotFound();
        }
        if (enterprise.Baselines.Any(baseline => baseline.PeriodStart == readings.PeriodStart && baseline.PeriodEnd == readings.PeriodEnd))
        {
            throw new ConflictException("periodStart", "A baseline for this period is already recorded.");
        }

        var baseline = enterprise.AddBaseline(readings, client.ClientId, clock.GetUtcNow());
        await SaveAsync(db, cancellationToken);
        return TypedResults.Created($"/api/enterprises/{id}/baselines/{baseline.Id}", BaselineResponse.From(baseline));
    }

    private static Task<Enterprise?> FindAsync(EnterprisesDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Enterprises.Include(enterprise => enterprise.Baselines).SingleOrDefaultAsync(enterprise => enterprise.Id == id, cancellationToken);

    /// <summary>
    /// A tax id already registered in the country is refused by the unique index, in the save itself: a check before it
    /// would cost every registration a query (a sixth of the service's CPU per registration) and still need the index for
    /// two requests racing.
    /// </summary>
    private static async Task SaveAsync(EnterprisesDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw unique.ConstraintName?.Contains("tax_id", StringComparison.Ordinal) == true
                ? TaxIdTaken()
                : new ConflictException("id", "The record was created by a concurrent request.");
        }
    }

    private static ConflictException TaxIdTaken() =>
        new("taxId", "An enterprise with this tax id is already registered in this country.");

    private static ProblemHttpResult UnknownCenter(string centerId) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The calling center is not registered.",
        detail: $"Center '{centerId}' must be registered (POST /api/centers, national staff) before it can keep a register.");

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
