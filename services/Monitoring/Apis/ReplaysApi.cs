using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Messaging;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Monitoring.Apis;

public static class ReplaysApi
{
    public static IEndpointRouteBuilder MapReplaysApi(this IEndpointRouteBuilder app)
    {
        var replays = app.MapGroup("/api/monitoring/replays")
            .WithTags("Replays")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Editors));

        replays.MapPost("/", RequestReplay)
            .WithName("RequestActivityReplay")
            .WithSummary("Ask every service to send all its program activities again (the figures are rebuilt from the owning services); answers at once, the activities follow.");
        replays.MapGet("/", ListReplays)
            .WithName("ListActivityReplays")
            .WithSummary("List the replays asked for, newest first (the first one by start-up, when the database was new); paged.");
        return app;
    }

    private static async Task<Accepted<ReplayResponse>> RequestReplay(
        MonitoringDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        var replay = db.RequestReplay(client.ClientId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, ReplayResponse.From(replay));
    }

    private static async Task<Results<Ok<PagedResult<ReplayResponse>>, ValidationProblem>> ListReplays(
        MonitoringDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var total = await db.Replays.CountAsync(cancellationToken);
        var items = await db.Replays.AsNoTracking().OrderByDescending(r => r.RequestedAt).ThenBy(r => r.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ReplayResponse>(items.Select(ReplayResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
