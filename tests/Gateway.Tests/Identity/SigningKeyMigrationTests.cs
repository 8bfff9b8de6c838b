using CpPlatform.Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CpPlatform.Gateway.Tests.Identity;

public class SigningKeyMigrationTests
{
    private const string LastMigrationBefore = "20261130060654_OpenIddictClientsAndSigningKeys";

    [Fact]
    public async Task Keys_made_before_next_keys_existed_are_taken_as_signing_since_they_were_made_and_retired_ones_stay_retired()
    {
        await using var database = await TestDatabase.CreateAsync("gateway_key_migration");
        var options = new DbContextOptionsBuilder<GatewayDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var db = new GatewayDbContext(options) { Client = new PreOpenIddictGatewayFactory.NoClient() };
        await db.GetService<IMigrator>().MigrateAsync(LastMigrationBefore);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO signing_keys (key_id, protected_private_key, created_at, retired_at) VALUES
                ('old-signing', 'protected', '2026-11-30T06:00:00Z', NULL),
                ('old-retired', 'protected', '2026-11-29T06:00:00Z', '2026-11-30T06:00:00Z')
            """, connection))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await db.GetService<IMigrator>().MigrateAsync();

        await using var read = new NpgsqlCommand(
            "SELECT key_id, activated_at = created_at, retired_at IS NOT NULL FROM signing_keys ORDER BY key_id", connection);
        await using var rows = await read.ExecuteReaderAsync();
        var keys = new List<(string, bool, bool)>();
        while (await rows.ReadAsync())
        {
            keys.Add((rows.GetString(0), rows.GetBoolean(1), rows.GetBoolean(2)));
        }
        Assert.Equal([("old-retired", true, true), ("old-signing", true, false)], keys);
    }
}
