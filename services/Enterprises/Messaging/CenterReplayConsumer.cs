using CpPlatform.Contracts.Monitoring;
using CpPlatform.Enterprises.Data;
using CpPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>
/// A rebuilt monitoring database needs the centers' time zones too: every center is announced again at its current
/// revision, which services that already hold it ignore.
/// </summary>
public sealed class CenterReplayConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<CenterReplayConsumer> logger)
    : IdempotentConsumer<ProgramActivityReplayRequested, EnterprisesDbContext>(db, logger)
{
    protected override async Task HandleAsync(ProgramActivityReplayRequested message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var center in await Db.Centers.AsNoTracking().OrderBy(center => center.Id).ToListAsync(cancellationToken))
        {
            Db.AddEvent(CenterEvents.Updated(center, now));
        }
    }
}
