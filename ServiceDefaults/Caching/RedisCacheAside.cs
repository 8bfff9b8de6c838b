using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Two levels. In Redis (shared by every instance) each key has a generation counter beside its value: an
/// invalidation bumps the counter and deletes the value in one step, and a load remembers the generation it started
/// under and stores its value only if that is still current. In front of it, each process keeps what it read in its
/// <see cref="LocalCache"/>, so a hit costs no Redis round trip; the same script publishes the invalidated key, and
/// <see cref="LocalCacheCoherence"/> drops it in every instance (why that keeps every answer exact is told there).
/// </summary>
/// <remarks>
/// Written here rather than taken from the served FusionCache (with its Redis backplane) or HybridCache: neither refuses
/// the store of a load that began before an invalidation and ended after it (the change committed while the old value
/// was being read), so that old value would be served until it expires; HybridCache cannot tell other instances'
/// memory levels of a change at all, and FusionCache keeps serving its memory level while its backplane is
/// disconnected, when other instances' invalidations go unheard (its auto-recovery catches up afterwards). Eligibility
/// must reflect a placement, a repayment or a withdrawn consent at once (issue 16), so this cache guards against both.
/// </remarks>
internal sealed class RedisCacheAside(
    IConnectionMultiplexer redis, LocalCacheCoherence coherence, IOptions<CacheOptions> options, ILogger<RedisCacheAside> logger) : ICacheAside
{
    // Strict reading: a value stored in another shape (by an earlier release: a property the type no longer has, or
    // lacks one its constructor requires) fails to read and is loaded again, rather than coming back half empty.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        TypeInfoResolver = NonPublicSetters.Resolver,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

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

    // PUBLISH in the same script: the message leaves at the very instant the value is gone and the generation moved.
    private const string Invalidate = """
        redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        local deleted = redis.call('DEL', KEYS[2])
        redis.call('PUBLISH', ARGV[2], ARGV[3])
        return deleted
        """;

    private readonly LocalCache _local = coherence.Local;

    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        if (_local.TryGet(key, out var held) && (held is T || (held is null && default(T) is null)))
        {
            return (T)held!;
        }
        // Taken before Redis is read: an invalidation heard from now on refuses the local store of what was read.
        var ticket = _local.Begin(key);

        var (generationKey, valueKey) = Keys(key);
        var database = redis.GetDatabase();
        RedisValue[] stored;
        try
        {
            stored = await database.StringGetAsync([generationKey, valueKey]).WithinCommandTimeout(options.Value);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Cache read of {Key} failed; loading from the source", key);
            return await load(cancellationToken);
        }

        if (stored[1].HasValue && Read<T>(key, stored[1]!) is { } cached)
        {
            _local.TryStore(key, ticket, cached.Value);
            return cached.Value;
        }

        var value = await load(cancellationToken);
        try
        {
            var generation = stored[0].HasValue ? (string)stored[0]! : "0";
            var json = JsonSerializer.Serialize(value, Json);
            var result = await database.ScriptEvaluateAsync(StoreIfCurrent, [generationKey, valueKey],
                [generation, json, (long)options.Value.EntryTimeToLive.TotalMilliseconds])
                .WithinCommandTimeout(options.Value);
            if ((long)result == 1 && ticket is not null)
            {
                // The local copy is what a Redis hit would return (the caller keeps the object it loaded to itself).
                _local.TryStore(key, ticket, JsonSerializer.Deserialize<T>(json, Json));
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Cache write of {Key} failed", key);
        }
        return value;
    }

    public async Task InvalidateAsync(IEnumerable<string> keys)
    {
        var distinct = keys.Distinct().ToList();
        // At once here (this process does not wait for its own message, nor rely on it arriving)...
        foreach (var key in distinct)
        {
            _local.Invalidate(key);
        }
        // One script per key (each key's pair shares a hash slot; two keys may not), all sent before any reply is
        // awaited: a save's evictions cost one round trip, not one each.
        var database = redis.GetDatabase();
        await Task.WhenAll(distinct.Select(key => EvictAsync(database, key)));
    }

    private async Task EvictAsync(IDatabase database, string key)
    {
        var (generationKey, valueKey) = Keys(key);
        try
        {
            await database.ScriptEvaluateAsync(Invalidate, [generationKey, valueKey],
                    [(long)GenerationTimeToLive.TotalMilliseconds, coherence.ChannelName, key])
                .WithinCommandTimeout(options.Value);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The entry may now outlive the change until its time to live: say so loudly.
            logger.LogError(exception, "Cache invalidation of {Key} failed; the entry expires within its time to live", key);
        }
        // ...and again once Redis has dropped it: a local reader that read the old value from Redis in between
        // (after the first drop) stores it either before this (removed now) or after (refused by the generation).
        _local.Invalidate(key);
    }

    /// <summary>
    /// The stored value, or null when it no longer reads as <typeparamref name="T"/> (written by an earlier version of
    /// the service): it is then loaded from the source and stored again, as on a miss, rather than failing the request.
    /// </summary>
    private Cached<T>? Read<T>(string key, string json)
    {
        try
        {
            return new Cached<T>(JsonSerializer.Deserialize<T>(json, Json)!);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            logger.LogWarning(exception, "Cached value of {Key} cannot be read; loading from the source", key);
            return null;
        }
    }

    private sealed record Cached<T>(T Value);

    // One hash tag per key keeps the pair in one slot, so the scripts also run on a Redis cluster.
    private (RedisKey Generation, RedisKey Value) Keys(string key)
    {
        var stored = options.Value.KeyPrefix + key;
        return ($"{{{stored}}}:generation", $"{{{stored}}}:value");
    }
}
