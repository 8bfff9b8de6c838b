using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Monitoring.Apis;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var indicators = app.MapGroup("/api/monitoring/programs/{programId:guid}/indicators")
            .WithTags("Indicators")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Readers));

        indicators.MapGet("/", ListIndicators)
            .WithName("ListIndicators")
            .WithSummary("The program's logframe: its indicators by level (goal, purpose, component, activity) and reference, with their targets (a center sees its own).");
        indicators.MapPost("/", DefineIndicator)
            .WithName("DefineIndicator")
            .WithSummary($"Add an indicator (national staff or admin): level, a reference unique in the program, title, a measure of the catalogue with the filters it takes, targets ({IndicatorValidation.Targets}, each center and year once) and means of verification.")
            .RequireAuthorization(policy => policy.RequireKind(MonitoringClients.Editors));
        indicators.MapPut("/{id:guid}", ChangeIndicator)
            .WithName("ChangeIndicator")
            .WithSummary("Correct an indicator while the program runs (national staff or admin); the same rules as adding one.")
            .RequireAuthorization(policy => policy.RequireKind(MonitoringClients.Editors));
        indicators.MapDelete("/{id:guid}", DeleteIndicator)
            .WithName("DeleteIndicator")
            .WithSummary("Remove an indicator and the values reported for it (national staff or admin).")
            .RequireAuthorization(policy => policy.RequireKind(MonitoringClients.Editors));
        return app;
    }

    private static async Task<Results<Ok<List<IndicatorResponse>>, NotFound>> ListIndicators(
        Guid programId, MonitoringDbContext db, ICurrentClient client, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleProgramAsync(client, programId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var indicators = await db.IndicatorsOfAsync(programId, cancellationToken);
        return TypedResults.Ok(indicators.Select(i => IndicatorResponse.From(i, client.RestrictedToCenter)).ToList());
    }

    private static async Task<Results<Created<IndicatorResponse>, ValidationProblem, NotFound>> DefineIndicator(
        Guid programId, IndicatorRequest request, MonitoringDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleProgramAsync(client, programId, cancellationToken) is not { } program)
        {
            return TypedResults.NotFound();
        }
        var errors = IndicatorValidation.Validate(request, program);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var details = IndicatorValidation.ToDetails(request);
        await EnsureRefFreeAsync(db, programId, details.Ref, null, cancellationToken);
        var indicator = Indicator.Define(programId, details, clock.GetUtcNow());
        db.Indicators.Add(indicator);
        await SaveAsync(db, details.Ref, cancellationToken);
        return TypedResults.Created($"/api/monitoring/programs/{programId}/indicators/{indicator.Id}", IndicatorResponse.From(indicator, null));
    }

    private static async Task<Results<Ok<IndicatorResponse>, ValidationProblem, NotFound>> ChangeIndicator(
        Guid programId, Guid id, IndicatorRequest request, MonitoringDbContext db, ICurrentClient client, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await db.FindVisibleProgramAsync(client, programId, cancellationToken) is not { } program)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LockIndicatorAsync(programId, id, cancellationToken) is not { } indicator)
        {
            return TypedResults.NotFound();
        }
        var errors = IndicatorValidation.Validate(request, program);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var details = IndicatorValidation.ToDetails(request);
        await EnsureRefFreeAsync(db, programId, details.Ref, id, cancellationToken);
        if (indicator.Measure == Measures.Manual && details.Measure != Measures.Manual
            && await db.ManualReports.AnyAsync(r => r.IndicatorId == id, cancellationToken))
        {
            throw new ConflictException("measure", "Values were reported for this indicator: it stays 'manual' (delete it and define it again to change its measure).");
        }
        indicator.Change(details, clock.GetUtcNow());
        await SaveAsync(db, details.Ref, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(IndicatorResponse.From(indicator, null));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteIndicator(
        Guid programId, Guid id, MonitoringDbContext db, ICurrentClient client, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleProgramAsync(client, programId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var deleted = await db.Indicators.Where(i => i.Id == id && i.ProgramId == programId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static async Task EnsureRefFreeAsync(MonitoringDbContext db, Guid programId, string reference, Guid? exceptIndicator, CancellationToken cancellationToken)
    {
        if (await db.Indicators.AnyAsync(i => i.ProgramId == programId && i.Ref == reference && i.Id != exceptIndicator, cancellationToken))
        {
            throw RefTaken(reference);
        }
    }

    /// <summary>The unique index still guards the race between the check and the write.</summary>
    private static async Task SaveAsync(MonitoringDbContext db, string reference, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw RefTaken(reference);
        }
    }

    private static ConflictException RefTaken(string reference) => new("ref", $"The program already has an indicator {reference}.");
}
