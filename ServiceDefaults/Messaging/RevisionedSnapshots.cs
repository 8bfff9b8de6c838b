using Microsoft.EntityFrameworkCore;

namespace CpPlatform.ServiceDefaults.Messaging;

public static class RevisionedSnapshots
{
    /// <summary>
    /// Adds the snapshot whose primary key is <paramref name="key"/> when it is missing, or updates it when
    /// <paramref name="revision"/> is newer than the one held; <paramref name="copy"/> then sets its fields.
    /// Changes are saved by the caller (a consumer saves them with its inbox row).
    /// </summary>
    /// <remarks>
    /// Two messages about one snapshot may be applied at the same time by different consumers: the revision is a
    /// concurrency token (<see cref="Data.ServiceDbContext"/>), so the later save fails instead of writing over the newer
    /// revision, and its message is retried against what is now held.
    /// </remarks>
    public static async Task ApplyAsync<TSnapshot>(
        this DbSet<TSnapshot> snapshots,
        object key,
        long revision,
        Func<TSnapshot> create,
        Action<TSnapshot> copy,
        CancellationToken cancellationToken)
        where TSnapshot : class, IRevisionedSnapshot
    {
        var snapshot = await snapshots.FindAsync([key], cancellationToken);
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
