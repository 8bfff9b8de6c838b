using Npgsql;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>
/// A fingerprint of every table of a service's database (its row count and a hash of its rows): equal before and
/// after means nothing was inserted, changed or deleted. The outbox is counted only, since its relay marks rows sent.
/// </summary>
public static class TableContents
{
    private const string Outbox = "public.outbox_messages";

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var fingerprints = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            var rows = table == Outbox ? "''" : "coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '')";
            await using var fingerprint = new NpgsqlCommand($"SELECT count(*) || ' rows ' || {rows} FROM {table} t", connection);
            fingerprints[table] = (string)(await fingerprint.ExecuteScalarAsync())!;
        }
        return fingerprints;
    }

    /// <summary>The tables whose fingerprints differ, with both row counts; empty when nothing changed.</summary>
    public static IEnumerable<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(table => before.GetValueOrDefault(table) != after.GetValueOrDefault(table))
            .Select(table => $"{table}: {Rows(before.GetValueOrDefault(table))} → {Rows(after.GetValueOrDefault(table))}");

    private static string Rows(string? fingerprint) => fingerprint?.Split(' ')[0] + " rows" ?? "absent";
}
