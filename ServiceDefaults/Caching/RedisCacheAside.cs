using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Each key has a generation counter beside its value. An invalidation bumps the counter and deletes the value in
/// one step; a load remembers the generation it started under and stores its value only if that is still current.
/// </summary>
internal sealed class RedisCacheAside(IConnectionMultiplexer redis, IOptions<CacheOptions> options, ILogger<RedisCacheAside> logger) : ICacheAside
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { TypeInfoResolver = NonPublicSetters.Resolver };

    // The generation outlives any load by far; when it expires the next load simply starts from generation zero.
    private static readonly TimeSpan GenerationTimeToLive = TimeSpan.FromHours(6);

    private const string StoreIfCurrent = """
        local generation = redis.call('GET', KEYS[1]) or '0'
        if generation == ARGV[1] then
          redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
          return 1
        end
        return 0
        """;

    private const string Invalidate = """
        redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return redis.call('DEL', KEYS[2])
        """;

    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var (generationKey, valueKey) = Keys(key);
        var database = redis.GetDatabase();
        RedisValue[] held;
        try
        {
            held = await database.StringGetAsync([generationKey, valueKey]).WithinCommandTimeout(options.Value);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Cache read of {Key} failed; loading from the source", key);
            return await load(cancellationToken);
        }

        if (held[1].HasValue)
        {
            return JsonSerializer.Deserialize<T>((string)held[1]!, Json)!;
        }

        var value = await load(cancellationToken);
        try
        {
            var generation = held[0].HasValue ? (string)held[0]! : "0";
            await database.ScriptEvaluateAsync(StoreIfCurrent, [generationKey, valueKey],
                [generation, JsonSerializer.Serialize(value, Json), (long)options.Value.EntryTimeToLive.TotalMilliseconds])
                .WithinCommandTimeout(options.Value);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Cache write of {Key} failed", key);
        }
        return value;
    }

    public async Task InvalidateAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys.Distinct())
        {
            var (generationKey, valueKey) = Keys(key);
            try
            {
                await redis.GetDatabase().ScriptEvaluateAsync(Invalidate, [generationKey, valueKey], [(long)GenerationTimeToLive.TotalMilliseconds])
                    .WithinCommandTimeout(options.Value);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // The entry may now outlive the change until its time to live: say so loudly.
                logger.LogError(exception, "Cache invalidation of {Key} failed; the entry expires within its time to live", key);
            }
        }
    }

    // One hash tag per key keeps the pair in one slot, so the scripts also run on a Redis cluster.
    private static (RedisKey Generation, RedisKey Value) Keys(string key) => ($"{{{key}}}:generation", $"{{{key}}}:value");
}
