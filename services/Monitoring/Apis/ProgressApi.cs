using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Monitoring.Apis;

public static class ProgressApi
{
    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/monitoring/programs/{id:guid}/progress", GetProgress)
            .WithTags("Progress")
            .WithName("GetProgramProgress")
            .WithSummary("Each indicator's target, actual, percent and status (achieved, on-track, at-risk, not-started) for the program, each center and each year, as of a day (default today), with its monthly history; a center sees its own share.")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Readers));
        return app;
    }

    private static async Task<Results<Ok<ProgramProgress>, ValidationProblem, NotFound>> GetProgress(
        Guid id, MonitoringDbContext db, ICurrentClient client, IProgramProgressReader reader, CancellationToken cancellationToken,
        DateOnly? asOf = null, string? centerId = null, int? year = null)
    {
        if (await db.FindVisibleProgramAsync(client, id, cancellationToken) is not { } program
            || client.RestrictedToCenter is { } own && centerId is not null && centerId != own)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        errors.FilterDay(asOf, "asOf");
        errors.Check(centerId is null || program.CenterIds.Contains(centerId), "centerId",
            $"When given: one of the program's centers ({string.Join(", ", program.CenterIds)}).");
        errors.Check(year is null || program.Years.Contains(year.Value), "year",
            $"When given: a year of the program ({program.StartsOn.Year} to {program.EndsOn.Year}).");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await reader.ReadAsync(id, asOf, centerId, year, cancellationToken) is { } progress
            ? TypedResults.Ok(progress)
            : TypedResults.NotFound();
    }
}
