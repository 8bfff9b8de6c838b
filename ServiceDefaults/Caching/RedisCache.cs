using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Caching;

internal sealed class RedisCache(IConnectionMultiplexer redis, IOptions<CacheOptions> options, ILogger<RedisCache> logger) : ICache
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task<T?> GetAsync<T>(string key) where T : class
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(key).WithinCommandTimeout(options.Value);
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
            await redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(value, Json), timeToLive).WithinCommandTimeout(options.Value);
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
            await redis.GetDatabase().KeyDeleteAsync(key).WithinCommandTimeout(options.Value);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A stale entry would outlive the change: say so loudly, it expires with its time to live.
            logger.LogError(exception, "Cache eviction of {Key} failed", key);
        }
    }
}
