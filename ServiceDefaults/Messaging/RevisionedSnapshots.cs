using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.ServiceDefaults.Messaging;

public static class RevisionedSnapshots
{
    /// <summary>
    /// Adds the snapshot <paramref name="match"/> finds when it is missing, or updates it when
    /// <paramref name="revision"/> is newer than the one held; <paramref name="copy"/> then sets its fields.
    /// Changes are saved by the caller (a consumer saves them with its inbox row).
    /// </summary>
    public static async Task ApplyAsync<TSnapshot>(
        this DbSet<TSnapshot> snapshots,
        Expression<Func<TSnapshot, bool>> match,
        long revision,
        Func<TSnapshot> create,
        Action<TSnapshot> copy,
        CancellationToken cancellationToken)
        where TSnapshot : class, IRevisionedSnapshot
    {
        var snapshot = await snapshots.SingleOrDefaultAsync(match, cancellationToken);
        if (snapshot is null)
        {
            snapshot = create();
            snapshots.Add(snapshot);
        }
        else if (revision <= snapshot.Revision)
        {
            // A late or repeated message: what is held is already as new or newer.
            return;
        }

        snapshot.Revision = revision;
        copy(snapshot);
    }
}
