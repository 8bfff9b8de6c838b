using Npgsql;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>Waits on the outbox relay's own record of its work, in the service's database.</summary>
public static class OutboxRelayWaits
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Returns once the relay has published every row committed so far (set-aside rows are never published). A row is
    /// marked sent only after the broker confirmed its publish, so every copy the relay published of those events is
    /// in the subscribers' queues by then, and none will follow.
    /// </summary>
    public static async Task WaitUntilOutboxRelayedAsync(this TestDatabase database)
    {
        var deadline = DateTime.UtcNow + Patience;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND set_aside_at IS NULL", connection);
        long unsent;
        while ((unsent = (long)(await command.ExecuteScalarAsync())!) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{unsent} outbox row(s) were still unsent after {Patience}.");
            await Task.Delay(100);
        }
    }
}
