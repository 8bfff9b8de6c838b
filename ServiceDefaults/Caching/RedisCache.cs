using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Caching;

internal sealed class RedisCache(RedisConnection connection, ILogger<RedisCache> logger) : ICache
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task<T?> GetAsync<T>(string key) where T : class
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            var value = await database.StringGetAsync(key);
            return value.HasValue ? JsonSerializer.Deserialize<T>((string)value!, Json) : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Cache read of {Key} failed; answering uncached", key);
            return null;
        }
    }

    public async Task SetAsync<T>(string key, T value, TimeSpan timeToLive) where T : class
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            await database.StringSetAsync(key, JsonSerializer.Serialize(value, Json), timeToLive);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Cache write of {Key} failed", key);
        }
    }

    public async Task RemoveAsync(string key)
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            await database.KeyDeleteAsync(key);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A stale entry would outlive the change: say so loudly, it expires with its time to live.
            logger.LogError(exception, "Cache eviction of {Key} failed", key);
        }
    }
}
