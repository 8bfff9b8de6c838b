using CpPlatform.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CpPlatform.Monitoring.Data;

/// <summary>A window a figure is asked for: one center (null: every center of the program) and its days, both included.</summary>
public sealed record ActualWindow(string? CenterId, DateOnly From, DateOnly To);

/// <summary>
/// An indicator's figures, counted by PostgreSQL (COUNT, COUNT DISTINCT, SUM with GROUP BY) for many windows in one
/// statement: a row per window, however many activities there are. Only activities that count now, of a center of the
/// program, dated within the window count.
/// </summary>
internal static class MeasureActuals
{
    private const string Windows = "unnest(@window_center, @window_from, @window_to) WITH ORDINALITY AS w(center_id, from_day, to_day, ordinal)";

    public static async Task<IReadOnlyList<decimal>> ActualsAsync(
        this MonitoringDbContext db, FundedProgram program, Indicator indicator, Measure measure, IReadOnlyList<ActualWindow> windows,
        CancellationToken cancellationToken)
    {
        if (windows.Count == 0)
        {
            return [];
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = measure.IsReported ? Reported(connection, indicator) : FromActivities(connection, program, indicator, measure);
            // A level counts everything up to the window's end, however long ago it began.
            var fromStart = measure.Count == MeasureCount.Level;
            command.Parameters.Add(Array("window_center", NpgsqlDbType.Text, windows.Select(w => w.CenterId)));
            command.Parameters.Add(Array("window_from", NpgsqlDbType.Date, windows.Select(w => fromStart ? DateOnly.MinValue : w.From)));
            command.Parameters.Add(Array("window_to", NpgsqlDbType.Date, windows.Select(w => w.To)));
            var actuals = new List<decimal>(windows.Count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var value = reader.GetDecimal(1);
                var perHundredOf = reader.GetDecimal(2);
                actuals.Add(measure.Count != MeasureCount.Ratio ? value : perHundredOf == 0 ? 0 : value * 100 / perHundredOf);
            }
            return actuals;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlCommand FromActivities(NpgsqlConnection connection, FundedProgram program, Indicator indicator, Measure measure)
    {
        var command = new NpgsqlCommand(
            $"""
            SELECT w.ordinal,
                   coalesce({Aggregate(measure.Count)} FILTER (WHERE a.activity = @activity), 0)::numeric,
                   count(a.key) FILTER (WHERE a.activity = @per_hundred_of)::numeric
            FROM {Windows}
            LEFT JOIN activities a
                   ON a.activity IN (@activity, @per_hundred_of) AND a.counts
                  AND a."on" BETWEEN w.from_day AND w.to_day
                  AND (a.until IS NULL OR a.until >= w.to_day)
                  AND a.center_id = ANY(@program_centers)
                  AND (w.center_id IS NULL OR a.center_id = w.center_id)
                  AND (cardinality(@kinds) = 0 OR a.kind = ANY(@kinds))
                  AND (cardinality(@categories) = 0 OR a.category = ANY(@categories))
                  AND (@currency IS NULL OR upper(a.kind) = @currency)
                  AND (NOT @meeting_goal OR a.meets_savings_goal)
            GROUP BY w.ordinal
            ORDER BY w.ordinal
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string>("activity", NpgsqlDbType.Text) { TypedValue = measure.Activity });
        command.Parameters.Add(new NpgsqlParameter<string?>("per_hundred_of", NpgsqlDbType.Text) { TypedValue = measure.PerHundredOf });
        command.Parameters.Add(Array("program_centers", NpgsqlDbType.Text, program.CenterIds));
        command.Parameters.Add(Array("kinds", NpgsqlDbType.Text, indicator.FilterKinds));
        command.Parameters.Add(Array("categories", NpgsqlDbType.Text, measure.Category is { } category ? [category] : indicator.FilterCategories));
        command.Parameters.Add(new NpgsqlParameter<string?>("currency", NpgsqlDbType.Text) { TypedValue = measure.Currency });
        command.Parameters.Add(new NpgsqlParameter<bool>("meeting_goal", NpgsqlDbType.Boolean) { TypedValue = measure.OnlyMeetingSavingsGoal });
        return command;
    }

    /// <summary>Values staff reported for periods ending in the window: the program's own and every center's, or one center's.</summary>
    private static NpgsqlCommand Reported(NpgsqlConnection connection, Indicator indicator)
    {
        var command = new NpgsqlCommand(
            $"""
            SELECT w.ordinal, coalesce(sum(r.value), 0)::numeric, 0::numeric
            FROM {Windows}
            LEFT JOIN manual_reports r
                   ON r.indicator_id = @indicator
                  AND r.last_day BETWEEN w.from_day AND w.to_day
                  AND (w.center_id IS NULL OR r.center_id = w.center_id)
            GROUP BY w.ordinal
            ORDER BY w.ordinal
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("indicator", NpgsqlDbType.Uuid) { TypedValue = indicator.Id });
        return command;
    }

    private static string Aggregate(MeasureCount count) => count switch
    {
        MeasureCount.DistinctPeople => "count(DISTINCT a.person)",
        MeasureCount.DistinctGroups => "count(DISTINCT a.group_key)",
        MeasureCount.DistinctEnterprises => "count(DISTINCT a.enterprise_id)",
        MeasureCount.SumOfAmounts => "sum(a.amount)",
        _ => "count(a.key)",
    };

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType elementType, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values.ToArray() };
}
