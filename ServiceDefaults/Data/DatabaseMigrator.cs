using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CpPlatform.ServiceDefaults.Data;

/// <summary>
/// Applies the committed migrations before the service takes requests (it runs in the host's "starting" phase),
/// retrying while PostgreSQL is not reachable yet.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    IOptions<MigrationOptions> options,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedLifecycleService
    where TContext : DbContext
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + options.Value.StartupTimeout;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database of {Context} is up to date ({Count} migration(s) applied)", typeof(TContext).Name, pending.Count);
                return;
            }
            catch (Exception exception) when (IsUnreachable(exception) && DateTimeOffset.UtcNow < deadline)
            {
                logger.LogWarning("PostgreSQL is not reachable yet (attempt {Attempt}): {Reason}", attempt, exception.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(500 * attempt, 5000)), cancellationToken);
            }
        }
    }

    private static bool IsUnreachable(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException
        || exception.InnerException is { } inner && IsUnreachable(inner);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
