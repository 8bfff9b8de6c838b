using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>For tests that hold a row in a transaction of their own while a request runs into it.</summary>
public static class LockWaits
{
    /// <summary>Until a statement naming <paramref name="table"/> waits for a lock in <typeparamref name="TContext"/>'s database.</summary>
    public static async Task UntilAStatementWaitsOnAsync<TContext>(IServiceProvider services, string table) where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var statement = $"%{table}%";
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var waiting = await db.Database.SqlQuery<int>($"""
                SELECT count(*)::int AS "Value" FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE {statement}
                """).SingleAsync();
            if (waiting > 0)
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"No statement on {table} waited for a lock within 10 s.");
    }
}
