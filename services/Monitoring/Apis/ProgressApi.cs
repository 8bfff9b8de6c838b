using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
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

    private static Task<Results<Ok<ProgramProgress>, ValidationProblem, NotFound>> GetProgress(
        Guid id, MonitoringDbContext db, ICurrentClient client, IProgramProgressReader reader, CancellationToken cancellationToken,
        DateOnly? asOf = null, string? centerId = null, int? year = null) =>
        ProgressQuery.AnswerAsync(id, db, client, reader, asOf, centerId, year, TypedResults.Ok, cancellationToken);
}
