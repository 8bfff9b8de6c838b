namespace CpPlatform.ServiceDefaults.Caching;

public sealed class CacheAsideOptions
{
    public const string Section = "Cache";

    /// <summary>
    /// How long an entry lives without an invalidation. It only bounds staleness when an invalidation could not
    /// reach the cache (a network fault between commit and eviction); normally entries are evicted on change.
    /// </summary>
    public TimeSpan EntryTimeToLive { get; set; } = TimeSpan.FromMinutes(5);
}
