using Microsoft.Extensions.Caching.Memory;

namespace CpPlatform.Gateway.Identity;

/// <summary>
/// Whether a token's client is revoked, asked on every request that carries a token. Remembered in-process for a few
/// seconds so the database is not asked each time; revoking through this gateway forgets the entry at once, and other
/// gateway instances learn of it within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ClientStatusCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public async Task<bool> IsRevokedAsync(string clientId, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(Key(clientId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            // Tokens minted for clients the store does not know (none in production) are judged by their signature alone.
            return await scope.ServiceProvider.GetRequiredService<ClientStore>().FindAsync(clientId, cancellationToken) is { IsRevoked: true };
        });

    public void Forget(string clientId) => cache.Remove(Key(clientId));

    private static string Key(string clientId) => $"client-revoked:{clientId}";
}
