using CpPlatform.Gateway.Domain;
using OpenIddict.Abstractions;

namespace CpPlatform.Gateway.Identity;

/// <summary>The platform's clients, kept as OpenIddict applications.</summary>
internal sealed class ClientStore(IOpenIddictApplicationManager applications, ClientStatusCache statuses, TimeProvider clock)
{
    public async Task<PlatformClient?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? await ReadAsync(application, cancellationToken)
            : null;

    /// <summary>All clients: a deployment has tens or hundreds, so admins' filters and paging run in memory.</summary>
    public async Task<List<PlatformClient>> ListAsync(CancellationToken cancellationToken)
    {
        var clients = new List<PlatformClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            clients.Add(await ReadAsync(application, cancellationToken));
        }
        return clients;
    }

    /// <summary>Registers a client with <paramref name="secret"/>; false when its client id is already taken.</summary>
    public async Task<bool> TryCreateAsync(PlatformClient client, string secret, CancellationToken cancellationToken)
    {
        var descriptor = ClientProperties.Describe(client);
        descriptor.ClientSecret = secret;
        try
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return true;
        }
        catch (OpenIddictExceptions.ValidationException exception)
        {
            // OpenIddict refuses a client id that exists already: another registration took it first.
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is null)
            {
                throw new InvalidOperationException($"OpenIddict refused client {client.ClientId}.", exception);
            }
            return false;
        }
    }

    public Task<PlatformClient?> ReplaceSecretAsync(string clientId, string secret, CancellationToken cancellationToken) =>
        UpdateAsync(clientId, client => client with { SecretChangedAt = clock.GetUtcNow() }, secret, cancellationToken);

    /// <summary>Revocation is final and keeps its first date; the gateway refuses the client's tokens from now on.</summary>
    public async Task<PlatformClient?> RevokeAsync(string clientId, CancellationToken cancellationToken)
    {
        var revoked = await UpdateAsync(clientId, client => client with { RevokedAt = client.RevokedAt ?? clock.GetUtcNow() }, null, cancellationToken);
        statuses.Forget(clientId);
        return revoked;
    }

    private async Task<PlatformClient?> UpdateAsync(
        string clientId, Func<PlatformClient, PlatformClient> change, string? secret, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return null;
        }
        var changed = change(await ReadAsync(application, cancellationToken));
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        ClientProperties.Write(descriptor, changed);
        if (secret is not null)
        {
            descriptor.ClientSecret = secret;
        }
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return changed;
    }

    private async Task<PlatformClient> ReadAsync(object application, CancellationToken cancellationToken) => ClientProperties.Read(
        (await applications.GetClientIdAsync(application, cancellationToken))!,
        await applications.GetDisplayNameAsync(application, cancellationToken),
        await applications.GetPermissionsAsync(application, cancellationToken),
        await applications.GetPropertiesAsync(application, cancellationToken));
}
