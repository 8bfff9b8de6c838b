using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

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
/// Makes sure the configured admin client exists with the configured secret before the gateway takes requests, so a
/// new deployment can register its other clients. A revoked bootstrap admin stays revoked: that was an operator's choice.
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

        try
        {
            await EnsureAsync(clientId, secret, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another gateway instance inserted it at the same moment: check its secret once more.
            await EnsureAsync(clientId, secret, cancellationToken);
        }
    }

    private async Task EnsureAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var now = clock.GetUtcNow();
        var admin = await db.Clients.SingleOrDefaultAsync(client => client.ClientId == clientId, cancellationToken);
        if (admin is null)
        {
            db.Clients.Add(new ApiClient
            {
                ClientId = clientId,
                Name = "Bootstrap admin",
                Kind = ClientKind.Admin,
                Scopes = ClientScopes.DefaultFor(ClientKind.Admin),
                SecretHash = ClientSecret.Hash(secret),
                CreatedAt = now,
                SecretChangedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Bootstrap admin {ClientId} created", clientId);
            return;
        }

        if (admin.Kind != ClientKind.Admin)
        {
            admin.Kind = ClientKind.Admin;
            admin.CenterId = null;
            admin.BankId = null;
            admin.Scopes = ClientScopes.DefaultFor(ClientKind.Admin);
            logger.LogWarning("Client {ClientId} is the configured bootstrap admin: its kind was changed to admin", clientId);
        }
        if (!ClientSecret.Verify(secret, admin.SecretHash))
        {
            admin.ReplaceSecret(ClientSecret.Hash(secret), now);
            logger.LogInformation("Bootstrap admin {ClientId}: secret replaced by the configured one", clientId);
        }
        if (admin.IsRevoked)
        {
            logger.LogWarning("Bootstrap admin {ClientId} is revoked and stays revoked; configure another id to bootstrap again", clientId);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
