namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// A shared cache (Redis). Best effort by design: when the cache is unreachable, reads miss and writes are dropped,
/// so callers fall back to their own data and keep answering.
/// </summary>
public interface ICache
{
    Task<T?> GetAsync<T>(string key) where T : class;
    Task SetAsync<T>(string key, T value, TimeSpan timeToLive) where T : class;
    Task RemoveAsync(string key);
}
