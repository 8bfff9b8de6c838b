using CpPlatform.ServiceDefaults.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.Gateway.RateLimiting;

/// <summary>
/// A fixed window per caller counted in Redis, so every gateway instance sees the same count. One script call counts
/// and reads the window's remaining time atomically.
/// </summary>
internal sealed class RedisRateLimitCounter(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, IOptions<CacheOptions> cache)
{
    // The expiry is set on the first hit of a window, and again if it was ever lost, so a key can never live forever.
    private static readonly LuaScript CountScript = LuaScript.Prepare("""
        local count = redis.call('INCR', @key)
        local ttl = redis.call('PTTL', @key)
        if ttl < 0 then
            redis.call('PEXPIRE', @key, @windowMs)
            ttl = tonumber(@windowMs)
        end
        return { count, ttl }
        """);

    /// <summary>Null when Redis cannot be reached now; the caller then counts locally.</summary>
    public async Task<RateLimitDecision?> TryAcquireAsync(RateLimitRule rule)
    {
        if (!redis.IsConnected)
        {
            return null;
        }

        var settings = options.Value;
        // A hung Redis costs the request at most the cache's command timeout; the caller then counts locally.
        var result = (RedisResult[])(await CountScript.EvaluateAsync(redis.GetDatabase(), new
        {
            key = (RedisKey)$"{settings.KeyPrefix}:{rule.Partition}",
            windowMs = (long)settings.Window.TotalMilliseconds,
        }).WithinCommandTimeout(cache.Value))!;
        var count = (long)result[0];
        var remaining = TimeSpan.FromMilliseconds((long)result[1]);
        return count <= rule.PermitLimit ? RateLimitDecision.Allow : new RateLimitDecision(false, remaining);
    }
}
