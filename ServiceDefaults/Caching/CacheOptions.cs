namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>Cache settings (configuration section <c>Cache</c>).</summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>
    /// How long an entry lives without an invalidation. It only bounds staleness when an invalidation could not
    /// reach the cache (a network fault between commit and eviction); normally entries are evicted on change.
    /// </summary>
    public TimeSpan EntryTimeToLive { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Prepended to the Redis keys of every read-through entry: deployments (or test hosts, each with a database of its
    /// own) that share one Redis keep their entries apart. Empty by default: one platform, one Redis.
    /// </summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>
    /// The most entries each process keeps in its local cache (in front of Redis); beyond it the least used go.
    /// An entry lives there at most <see cref="EntryTimeToLive"/> too.
    /// </summary>
    public int LocalEntryLimit { get; set; } = 100_000;

    /// <summary>
    /// The longest a request waits for one Redis command. A Redis that hangs (alive but not answering) costs each
    /// request at most this long; the request then goes on as when Redis is down (from the database, or the gateway's
    /// local rate limiter).
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
