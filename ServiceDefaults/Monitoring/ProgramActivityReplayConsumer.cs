using CpPlatform.Contracts.Monitoring;
using CpPlatform.ServiceDefaults.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Monitoring;

/// <summary>
/// Answers the monitoring service's replay request with every program activity the service knows, as it is now, through
/// its outbox in batches of <see cref="BatchSize"/> per center. A producing service derives one of these and says how
/// to read all its activities; a replay repeated changes nothing but the time it takes.
/// </summary>
public abstract class ProgramActivityReplayConsumer<TContext>(TContext db, ILogger logger) : IConsumer<ProgramActivityReplayRequested>
    where TContext : ServiceDbContext
{
    public const int BatchSize = 500;

    /// <summary>Every activity of every center, read without tracking (the center filter does not apply to a consumer).</summary>
    protected abstract IAsyncEnumerable<(string CenterId, ProgramActivity Activity)> ReadAllAsync(TContext db, CancellationToken cancellationToken);

    public async Task Consume(ConsumeContext<ProgramActivityReplayRequested> context)
    {
        var cancellationToken = context.CancellationToken;
        var pending = new Dictionary<string, List<ProgramActivity>>(StringComparer.Ordinal);
        var sent = 0;
        // Read in full before writing: the same context cannot stream a query and save at once.
        var all = new List<(string CenterId, ProgramActivity Activity)>();
        await foreach (var item in ReadAllAsync(db, cancellationToken))
        {
            all.Add(item);
        }
        foreach (var (centerId, activity) in all)
        {
            if (!pending.TryGetValue(centerId, out var batch))
            {
                pending[centerId] = batch = [];
            }
            batch.Add(activity);
            if (batch.Count == BatchSize)
            {
                sent += await FlushAsync(centerId, batch, cancellationToken);
            }
        }
        foreach (var (centerId, batch) in pending.Where(entry => entry.Value.Count > 0))
        {
            sent += await FlushAsync(centerId, batch, cancellationToken);
        }
        logger.LogInformation("Replay {ReplayId}: sent {Count} program activities again", context.Message.ReplayId, sent);
    }

    private async Task<int> FlushAsync(string centerId, List<ProgramActivity> batch, CancellationToken cancellationToken)
    {
        db.AddActivities(centerId, batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
