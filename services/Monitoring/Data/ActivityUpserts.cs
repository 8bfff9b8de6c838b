using CpPlatform.Contracts.Monitoring;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CpPlatform.Monitoring.Data;

internal static class ActivityUpserts
{
    /// <summary>
    /// Stores a batch of one center's activities in one statement: new ones are added, known ones take the batch's state
    /// unless what is held is newer (a late or repeated message changes nothing). Within a batch the last word about an
    /// activity wins.
    /// </summary>
    public static Task<int> UpsertAsync(
        this MonitoringDbContext db, string centerId, DateTimeOffset revision, IEnumerable<ProgramActivity> activities, CancellationToken cancellationToken)
    {
        var batch = activities
            .GroupBy(a => (a.Activity, a.Key))
            .Select(same => same.Last())
            .ToList();
        if (batch.Count == 0)
        {
            return Task.FromResult(0);
        }
        return db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO activities (activity, key, center_id, "on", until, counts, kind, category, person, enterprise_id, group_key, amount, meets_savings_goal, revision)
            SELECT a.activity, a.key, @center_id, a.on_day, a.until, a.counts, a.kind, a.category, a.person, a.enterprise_id, a.group_key, a.amount, a.meets_savings_goal, @revision
            FROM unnest(@activity, @key, @on, @until, @counts, @kind, @category, @person, @enterprise_id, @group_key, @amount, @meets_savings_goal)
                AS a(activity, key, on_day, until, counts, kind, category, person, enterprise_id, group_key, amount, meets_savings_goal)
            ON CONFLICT (activity, key) DO UPDATE SET
                center_id = excluded.center_id, "on" = excluded."on", until = excluded.until, counts = excluded.counts, kind = excluded.kind,
                category = excluded.category, person = excluded.person, enterprise_id = excluded.enterprise_id,
                group_key = excluded.group_key, amount = excluded.amount, meets_savings_goal = excluded.meets_savings_goal,
                revision = excluded.revision
            WHERE excluded.revision >= activities.revision
            """,
            [
                new NpgsqlParameter<string>("center_id", centerId),
                new NpgsqlParameter<DateTimeOffset>("revision", revision.ToUniversalTime()),
                Array("activity", NpgsqlDbType.Text, batch.Select(a => a.Activity)),
                Array("key", NpgsqlDbType.Text, batch.Select(a => a.Key)),
                Array("on", NpgsqlDbType.Date, batch.Select(a => a.On)),
                Array("until", NpgsqlDbType.Date, batch.Select(a => a.Until)),
                Array("counts", NpgsqlDbType.Boolean, batch.Select(a => a.Counts)),
                Array("kind", NpgsqlDbType.Text, batch.Select(a => a.Kind)),
                Array("category", NpgsqlDbType.Text, batch.Select(a => a.Category)),
                Array("person", NpgsqlDbType.Text, batch.Select(a => a.Person)),
                Array("enterprise_id", NpgsqlDbType.Uuid, batch.Select(a => a.EnterpriseId)),
                Array("group_key", NpgsqlDbType.Text, batch.Select(a => a.GroupKey)),
                Array("amount", NpgsqlDbType.Numeric, batch.Select(a => a.Amount)),
                Array("meets_savings_goal", NpgsqlDbType.Boolean, batch.Select(a => a.MeetsSavingsGoal)),
            ],
            cancellationToken);
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType elementType, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values.ToArray() };
}
