using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// The in-process level (L1) in front of Redis: entries this process read from Redis or loaded, served with no
/// round trip. It is only trusted while this process is sure to hear every invalidation
/// (<see cref="LocalCacheCoherence"/> says so through <see cref="Trust"/> and <see cref="Distrust"/>).
/// </summary>
/// <remarks>
/// <para>A load that would store here first takes a <see cref="Ticket"/> (<see cref="Begin"/>) and stores only if
/// nothing that could make its value old happened since (<see cref="TryStore"/>): no invalidation of its key and no
/// change of trust. That is the local twin of Redis's generation guard.</para>
/// <para>Generations are kept per stripe of keys, not per key: a fixed array, so their memory is bounded without any
/// clean-up that could forget a generation while a load still holds it. Two keys sharing a stripe only means an
/// invalidation of one refuses a racing store of the other, which then is simply read from Redis next time.</para>
/// <para>Values here are shared by every request that reads them: callers must treat them as read-only.</para>
/// </remarks>
internal sealed class LocalCache : IDisposable
{
    private const int StripeCount = 4096; // a power of two

    private readonly MemoryCache _entries;
    private readonly TimeSpan _timeToLive;
    private readonly long[] _generations = new long[StripeCount];
    private readonly Lock _gate = new();

    // Bumped by every change of trust: a ticket of an earlier epoch never stores.
    private long _epoch;
    private volatile bool _trusted;

    public LocalCache(IOptions<CacheOptions> options)
    {
        // Bounded memory: each entry counts 1 against the limit; the cache compacts itself when it is reached.
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.LocalEntryLimit) });
        _timeToLive = options.Value.EntryTimeToLive;
    }

    /// <summary>Whether entries may be served and stored now.</summary>
    public bool Trusted => _trusted;

    public int Count => _entries.Count;

    /// <summary>The entry of <paramref name="key"/>, when the cache is trusted and holds one.</summary>
    public bool TryGet(string key, out object? value)
    {
        value = null;
        return _trusted && _entries.TryGetValue(key, out value);
    }

    /// <summary>A load of <paramref name="key"/> begins; null when nothing it reads may be stored here.</summary>
    public Ticket? Begin(string key)
    {
        lock (_gate)
        {
            return _trusted ? new Ticket(_epoch, _generations[Stripe(key)]) : null;
        }
    }

    /// <summary>Stores what a load read, unless its key was invalidated or trust changed since it began.</summary>
    public bool TryStore(string key, Ticket? ticket, object? value)
    {
        if (ticket is not { } begun)
        {
            return false;
        }
        // Under the gate the check and the store are one step: an invalidation comes wholly before (refused) or
        // wholly after (removed).
        lock (_gate)
        {
            if (!_trusted || begun.Epoch != _epoch || begun.Generation != _generations[Stripe(key)])
            {
                return false;
            }
            _entries.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _timeToLive });
            return true;
        }
    }

    /// <summary>Drops <paramref name="key"/>; loads under way for it will not store.</summary>
    public void Invalidate(string key)
    {
        lock (_gate)
        {
            _generations[Stripe(key)]++;
            _entries.Remove(key);
        }
    }

    /// <summary>Every invalidation is heard from now on: start empty and serve.</summary>
    public void Trust() => Reset(trusted: true);

    /// <summary>An invalidation may be missed: drop everything and serve nothing until trusted again.</summary>
    public void Distrust() => Reset(trusted: false);

    private void Reset(bool trusted)
    {
        lock (_gate)
        {
            _trusted = trusted;
            _epoch++;
            _entries.Clear();
        }
    }

    private static int Stripe(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) & (StripeCount - 1));

    public void Dispose() => _entries.Dispose();

    public readonly record struct Ticket(long Epoch, long Generation);
}
