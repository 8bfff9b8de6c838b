using StackExchange.Redis;

namespace CpPlatform.Gateway.RateLimiting;

/// <summary>
/// Counts in Redis (mostly from permits this instance reserved there, so usually without a call: completes
/// synchronously then) and falls back to counting in-process while Redis is away, so requests keep flowing. The switch
/// is logged once each way rather than for every request.
/// </summary>
internal sealed class ClientRateLimiter(RedisRateLimitCounter redis, LocalRateLimitCounter local, ILogger<ClientRateLimiter> logger)
{
    private int _redisDown;

    public async ValueTask<RateLimitDecision> AcquireAsync(RateLimitRule rule)
    {
        try
        {
            if (await redis.TryAcquireAsync(rule) is { } decision)
            {
                if (Volatile.Read(ref _redisDown) == 1 && Interlocked.Exchange(ref _redisDown, 0) == 1)
                {
                    logger.LogInformation("Redis is back: rate limits are shared by all gateway instances again");
                }
                return decision;
            }
            NoteOutage(null);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or InvalidOperationException)
        {
            NoteOutage(exception);
        }
        return local.Acquire(rule);
    }

    private void NoteOutage(Exception? exception)
    {
        if (Interlocked.Exchange(ref _redisDown, 1) == 0)
        {
            logger.LogWarning(exception, "Redis is unreachable: rate limits are counted per gateway instance until it returns");
        }
    }
}
