using CpPlatform.Gateway.Domain;
using CpPlatform.Gateway.Identity;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.Data;

public static class BootstrapAdminExtensions
{
    /// <summary>Registered after the database so the migrations have run when the admin is ensured.</summary>
    public static IHostApplicationBuilder AddBootstrapAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BootstrapAdminOptions>().BindConfiguration(BootstrapAdminOptions.Section);
        builder.Services.AddHostedService<BootstrapAdmin>();
        return builder;
    }
}

/// <summary>
/// Creates the configured admin client on a deployment's first start, so it can register the others. Only once: a
/// secret the admin has since rotated, or a revocation, is never undone by a restart with the original configuration.
/// </summary>
internal sealed class BootstrapAdmin(
    IServiceScopeFactory scopes,
    IOptions<BootstrapAdminOptions> options,
    TimeProvider clock,
    ILogger<BootstrapAdmin> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var (clientId, secret) = (options.Value.ClientId, options.Value.ClientSecret);
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(secret))
        {
            logger.LogWarning("No bootstrap admin configured (Gateway__BootstrapAdmin__ClientId/ClientSecret): clients can only be managed by existing admins");
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ClientStore>();
        if (await clients.FindAsync(clientId, cancellationToken) is not null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var admin = new PlatformClient(
            clientId, "Bootstrap admin", ClientKind.Admin, null, null, null, ClientScopes.DefaultFor(ClientKind.Admin), now, now, RevokedAt: null);
        // False: another gateway instance created it at the same moment.
        if (await clients.TryCreateAsync(admin, secret, cancellationToken))
        {
            logger.LogInformation("Bootstrap admin {ClientId} created", clientId);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
