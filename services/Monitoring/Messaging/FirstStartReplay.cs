using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Monitoring.Messaging;

/// <summary>
/// A monitoring database that has never asked for a replay (a new deployment, a lost database) asks at start-up, so it
/// fills itself from the owning services. It runs once the migrations are applied; the table lock keeps several
/// instances starting together from asking more than once.
/// </summary>
internal sealed class FirstStartReplay(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FirstStartReplay> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE activity_replays IN EXCLUSIVE MODE", cancellationToken);
        if (await db.Replays.AnyAsync(cancellationToken))
        {
            return;
        }
        var replay = db.RequestReplay(ActivityReplay.StartUp, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("The monitoring database has no activities yet: asked every service to send them again (replay {ReplayId})", replay.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
