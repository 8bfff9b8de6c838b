using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Monitoring.Apis;

public static class ProgramsApi
{
    public static IEndpointRouteBuilder MapProgramsApi(this IEndpointRouteBuilder app)
    {
        var programs = app.MapGroup("/api/monitoring/programs")
            .WithTags("Programs")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Readers));

        programs.MapGet("/", ListPrograms)
            .WithName("ListPrograms")
            .WithSummary("List the programs the caller may see (national: all; a center: those it belongs to; a donor: those it funds), newest first; filter by donor or center; paged.");
        programs.MapGet("/{id:guid}", GetProgram)
            .WithName("GetProgram")
            .WithSummary("Get a program: code, title, donor, period and centers.");
        programs.MapPost("/", StartProgram)
            .WithName("StartProgram")
            .WithSummary($"Define a program (national staff or admin): a unique code, title, the donor's id, its period (at most 10 years) and its centers ({ProgramValidation.Centers}, each once).")
            .RequireAuthorization(policy => policy.RequireKind(MonitoringClients.Editors));
        return app;
    }

    private static async Task<Results<Ok<PagedResult<ProgramResponse>>, ValidationProblem>> ListPrograms(
        MonitoringDbContext db, ICurrentClient client, CancellationToken cancellationToken, string? donor = null, string? centerId = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        errors.Check(donor is null || Text.IsSlug(donor, ProgramValidation.MaxSlug), "donor", "When given: a donor id, kebab-case, at most 64 characters.");
        errors.Check(centerId is null || Text.IsSlug(centerId, ProgramValidation.MaxSlug), "centerId", "When given: a center id, kebab-case, at most 64 characters.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var query = db.VisiblePrograms(client);
        if (donor is not null)
        {
            query = query.Where(p => p.Donor == donor);
        }
        if (centerId is not null)
        {
            query = query.Where(p => p.CenterIds.Contains(centerId));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Code).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ProgramResponse>(items.Select(ProgramResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<ProgramResponse>, NotFound>> GetProgram(
        Guid id, MonitoringDbContext db, ICurrentClient client, CancellationToken cancellationToken) =>
        await db.FindVisibleProgramAsync(client, id, cancellationToken) is { } program
            ? TypedResults.Ok(ProgramResponse.From(program))
            : TypedResults.NotFound();

    private static async Task<Results<Created<ProgramResponse>, ValidationProblem>> StartProgram(
        ProgramRequest request, MonitoringDbContext db, ICurrentClient client, TimeProvider clock, CenterClock centerClock,
        CancellationToken cancellationToken)
    {
        var errors = ProgramValidation.Validate(request, (await centerClock.AtAsync(null, cancellationToken)).Today);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var code = request.Code!.Trim();
        if (await db.Programs.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw CodeTaken(code);
        }
        var program = FundedProgram.Start(code, request.Title!.Trim(), request.Donor!, request.StartsOn!.Value, request.EndsOn!.Value, request.CenterIds!,
            client.ClientId, clock.GetUtcNow());
        db.Programs.Add(program);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw CodeTaken(code);
        }
        return TypedResults.Created($"/api/monitoring/programs/{program.Id}", ProgramResponse.From(program));
    }

    private static ConflictException CodeTaken(string code) => new("code", $"A program with code '{code}' already exists.");
}
