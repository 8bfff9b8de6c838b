using CpPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

public sealed class TallyConsumer(TallyDbContext db, ILogger<TallyConsumer> logger) : IdempotentConsumer<TallyIncremented, TallyDbContext>(db, logger)
{
    protected override async Task HandleAsync(TallyIncremented message, CancellationToken cancellationToken)
    {
        var tally = await Db.Tallies.SingleOrDefaultAsync(t => t.Id == message.TallyId, cancellationToken);
        if (tally is null)
        {
            Db.Tallies.Add(tally = new Tally { Id = message.TallyId });
        }
        if (tally.Count >= message.AtMost)
        {
            throw new InvalidOperationException($"Tally {message.TallyId} is at its cap of {message.AtMost}.");
        }
        tally.Count++;
    }
}
