using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.Enterprises.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Apis;

public static class CentersApi
{
    public static IEndpointRouteBuilder MapCentersApi(this IEndpointRouteBuilder app)
    {
        var centers = app.MapGroup("/api/centers")
            .WithTags("Centers")
            .RequireAuthorization(policy => policy.RequireScope(EnterprisesScope.Name));

        centers.MapGet("/", ListCenters)
            .WithName("ListCenters")
            .WithSummary("List the centers that share this deployment.");
        centers.MapGet("/{id}", GetCenter)
            .WithName("GetCenter")
            .WithSummary("Get a center with its size-class rule and time zone.");
        centers.MapPost("/", CreateCenter)
            .WithName("CreateCenter")
            .WithSummary($"Register a center (national staff or platform admin); {CenterValidation.Regions}, each once; its time zone (IANA id) defaults to its country's main zone.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.National, ClientKind.Admin));
        centers.MapPut("/{id}", UpdateCenter)
            .WithName("UpdateCenter")
            .WithSummary($"Change a center's details, time zone or size-class rule; its enterprises are reclassified; {CenterValidation.Regions}, each once.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.National, ClientKind.Admin));
        return app;
    }

    private static async Task<Ok<List<CenterResponse>>> ListCenters(EnterprisesDbContext db, CancellationToken cancellationToken)
    {
        var centers = await db.Centers.AsNoTracking().OrderBy(center => center.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(centers.Select(CenterResponse.From).ToList());
    }

    private static async Task<Results<Ok<CenterResponse>, NotFound>> GetCenter(
        string id, CenterDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(id, cancellationToken) is { } center
            ? TypedResults.Ok(CenterResponse.From(center))
            : TypedResults.NotFound();

    private static async Task<Results<Created<CenterResponse>, ValidationProblem>> CreateCenter(
        CreateCenterRequest request, EnterprisesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        CenterValidation.CheckId(request.Id, errors);
        var fields = CenterValidation.Fields(request.Name, request.Country, request.Regions, request.ReportingCurrency, request.SizeRule, request.TimeZone, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Centers.AnyAsync(center => center.Id == request.Id, cancellationToken))
        {
            throw new ConflictException("id", $"A center with id '{request.Id}' already exists.");
        }

        var center = new Center
        {
            Id = request.Id!,
            Name = fields.Name,
            Country = fields.Country,
            Regions = fields.Regions,
            ReportingCurrency = fields.ReportingCurrency,
            SizeRule = fields.SizeRule,
            TimeZone = fields.TimeZone,
            Revision = 1,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Centers.Add(center);
        db.AddEvent(CenterEvents.Registered(center, center.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/centers/{center.Id}", CenterResponse.From(center));
    }

    private static async Task<Results<Ok<CenterResponse>, NotFound, ValidationProblem>> UpdateCenter(
        string id, UpdateCenterRequest request, EnterprisesDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fields = CenterValidation.Fields(request.Name, request.Country, request.Regions, request.ReportingCurrency, request.SizeRule, request.TimeZone, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await using var transaction = await db.BeginAllOrNothingTransactionAsync(cancellationToken);
        // Locked before its enterprises are read: an enterprise's save classifies under a share lock of the row
        // (CenterDirectory.FindToClassifyAsync), so this change either waits for it and reclassifies that enterprise too,
        // or goes first and the save waits, then classifies by the new rule.
        await db.Database.ExecuteSqlAsync($"SELECT FROM centers WHERE id = {id} FOR UPDATE", cancellationToken);
        var center = await db.Centers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (center is null)
        {
            return TypedResults.NotFound();
        }

        center.Name = fields.Name;
        center.Country = fields.Country;
        center.Regions = fields.Regions;
        center.ReportingCurrency = fields.ReportingCurrency;
        center.TimeZone = fields.TimeZone;
        center.Revision++;
        db.AddEvent(CenterEvents.Updated(center, clock.GetUtcNow()));
        if (center.SizeRule != fields.SizeRule)
        {
            center.SizeRule = fields.SizeRule;
            await ReclassifyEnterprisesAsync(db, center, clock.GetUtcNow(), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(CenterResponse.From(center));
    }

    /// <summary>Size class is derived from the center's rule, so a new rule re-derives it and announces each change.</summary>
    private static async Task ReclassifyEnterprisesAsync(EnterprisesDbContext db, Center center, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var enterprises = await db.Enterprises.Where(enterprise => enterprise.CenterId == center.Id).ToListAsync(cancellationToken);
        foreach (var enterprise in enterprises.Where(enterprise => enterprise.Reclassify(center.SizeRule, now)))
        {
            db.AddEvent(EnterpriseEvents.Updated(enterprise));
        }
    }
}
