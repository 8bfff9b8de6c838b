using System.Collections.Concurrent;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.Gateway.RateLimiting;

/// <summary>
/// A fixed window per caller counted in Redis, so every gateway instance shares it, without a Redis call per request:
/// an instance reserves permits of a window in batches and spends them in process.
/// </summary>
/// <remarks>
/// <para>
/// Written here rather than taken from the served RedisRateLimiting package: its limiters run a Redis script for every
/// request (a round trip per proxied call, the gateway's largest cost in its profile before these batches), and they
/// have no in-process fallback while Redis is away (<see cref="ClientRateLimiter"/> has).
/// </para>
/// <para>
/// Why it is never exceeded: Redis's count of a window is always at least the permits all instances have been granted
/// in it (spent or held). A reservation adds its whole batch first and is granted only what still fits under the limit
/// (<c>limit - count before</c>); permits are given back only into the window that granted them (the script checks);
/// and an instance spends a reservation only until the window's end as Redis reported it, measured from before the call
/// was sent, so never after Redis starts a new window. Each reservation is safe on its own, whatever other instances or
/// other local states of the same partition do.
/// </para>
/// <para>
/// What it costs (bounded under-admission): a batch is at most 1/16 of what the instance last saw left in the window,
/// so near the limit batches are single permits and the limit is met exactly, even across instances. What may be lost
/// is (a) permits another instance still holds when this one finds the window full and denies until it ends, at most
/// that instance's last batch (≤ 1/16 of what was left, ≤ <see cref="RateLimitOptions.MaxReservation"/>), and it
/// normally spends them itself; (b) permits held unspent when a reservation's lease runs out within
/// <see cref="ReturnMargin"/> of the window's end, or that a client leaves behind when it stops calling, until the
/// window ends; (c) a reservation Redis executed after this instance gave up waiting for it (hung Redis).
/// </para>
/// <para>
/// A partition without recent demand reserves one permit per request, exactly as a plain counter would (one
/// <c>INCRBY 1</c>): slow clients and small limits behave as before. Batches grow with the requests seen per lease.
/// </para>
/// </remarks>
internal sealed class RedisRateLimitCounter
{
    /// <summary>Unspent permits are given back only this long before the window ends, so the script rarely has to refuse them.</summary>
    internal static readonly TimeSpan ReturnMargin = TimeSpan.FromMilliseconds(50);

    /// <summary>Windows that ended are forgotten at most this often (their partitions are dropped), bounding memory.</summary>
    internal static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);

    /// <summary>A batch is at most this share of the permits left in the window (1/16), so it shrinks to 1 near the limit.</summary>
    private const int RemainingShare = 16;

    // Reserves a batch and gives back permits an instance did not spend, in one atomic step:
    //   count = INCRBY key (batch - returned); the caller is granted clamp(limit - (count - batch), 0, batch).
    // Returned permits are applied only to the window that granted them: a window is named by its absolute expiry
    // (Redis's TIME + PTTL, stable to a millisecond or two), and a later window expires at least a window later. So a
    // return that reaches Redis late (after the caller timed out, or after the window ended) can never lower the count
    // of a newer window. The expiry is set on the first hit of a window, and again if it was ever lost, so a key can
    // never live forever. Returns { count, pttl, window id }.
    private static readonly LuaScript ReserveScript = LuaScript.Prepare("""
        local windowMs = tonumber(@windowMs)
        local returned = tonumber(@returned)
        local time = redis.call('TIME')
        local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        if returned > 0 then
            local held = redis.call('PTTL', @key)
            if held < 0 or math.abs(nowMs + held - tonumber(@windowId)) > math.min(windowMs / 2, 1000) then
                returned = 0
            end
        end
        local count = redis.call('INCRBY', @key, tonumber(@batch) - returned)
        local ttl = redis.call('PTTL', @key)
        if ttl < 0 then
            redis.call('PEXPIRE', @key, windowMs)
            ttl = windowMs
        end
        return { count, ttl, nowMs + ttl }
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly RateLimitOptions _settings;
    private readonly CacheOptions _cache;
    private readonly TimeProvider _time;
    private readonly long _leaseTicks;
    private readonly long _returnMarginTicks;
    private readonly long _sweepTicks;
    private readonly ConcurrentDictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private long _lastSweep;
    private long _reservations;

    public RedisRateLimitCounter(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, IOptions<CacheOptions> cache)
        // Windows follow Redis's real clock, never the application's TimeProvider (which tests may stop or move).
        : this(redis, options, cache, TimeProvider.System)
    {
    }

    internal RedisRateLimitCounter(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, IOptions<CacheOptions> cache, TimeProvider time)
    {
        _redis = redis;
        _settings = options.Value;
        _cache = cache.Value;
        _time = time;
        _leaseTicks = Ticks(_settings.ReservationLease);
        _returnMarginTicks = Ticks(ReturnMargin);
        _sweepTicks = Ticks(SweepInterval);
        _lastSweep = time.GetTimestamp();
    }

    /// <summary>Calls to Redis so far (each reserves a batch); for tests and diagnostics.</summary>
    internal long Reservations => Interlocked.Read(ref _reservations);

    /// <summary>Partitions this instance keeps state for; windows that ended are swept away.</summary>
    internal int Partitions => _partitions.Count;

    /// <summary>
    /// Null when Redis cannot be reached now; the caller then counts locally. Throws what Redis throws (a hung Redis
    /// costs the request at most the cache's command timeout). Completes synchronously, with no Redis call, while the
    /// partition holds permits or a denial of the current window.
    /// </summary>
    public async ValueTask<RateLimitDecision?> TryAcquireAsync(RateLimitRule rule)
    {
        var counted = false;
        var waited = false; // this request waited for a call, which reserved permits for it among others
        Partition? queuedIn = null; // the partition whose Unserved counts this request while it waits for a call
        try
        {
            while (true)
            {
                var partition = _partitions.GetOrAdd(rule.Partition, static _ => new Partition());
                Task reservation;
                Ticket? ticket = null;
                lock (partition.Gate)
                {
                    if (partition.Retired)
                    {
                        counted = false;
                        queuedIn = null;
                        continue;
                    }

                    var now = _time.GetTimestamp();
                    if (!counted)
                    {
                        partition.Seen++;
                        counted = true;
                    }
                    if (partition.Denied && now < partition.WindowEnds)
                    {
                        Leave(ref queuedIn);
                        return new RateLimitDecision(false, _time.GetElapsedTime(now, partition.WindowEnds));
                    }
                    // A request that waited for a call may spend what the call reserved however late it runs: only the
                    // window's end bounds a permit (see remarks); the lease bounds how long others keep spending it.
                    // Else, on a machine so loaded that replies come later than a lease, requests would reserve forever.
                    if (partition.Permits > 0 && (now < partition.LeaseEnds || waited && now < partition.WindowEnds))
                    {
                        partition.Permits--;
                        Leave(ref queuedIn);
                        return RateLimitDecision.Allow;
                    }
                    if (queuedIn is null)
                    {
                        partition.Unserved++;
                        queuedIn = partition;
                    }
                    if (partition.InFlight is { } inFlight)
                    {
                        // One call per partition at a time: concurrent requests share its outcome instead of stampeding Redis.
                        reservation = inFlight.Task;
                    }
                    else
                    {
                        // Checked only before a call: permits already reserved stay good while Redis is away.
                        if (!_redis.IsConnected)
                        {
                            Leave(ref queuedIn);
                            return null;
                        }
                        ticket = Prepare(rule, partition, now);
                        reservation = ticket.Value.Done.Task;
                    }
                }
                if (ticket is { } mine)
                {
                    MaybeSweep(mine.SentAt);
                    await ReserveAsync(rule, partition, mine);
                }
                // Whatever the call's outcome, it is now in the partition's state: look again (a failure throws here).
                await reservation;
                waited = true;
            }
        }
        finally
        {
            if (queuedIn is not null)
            {
                lock (queuedIn.Gate)
                {
                    Leave(ref queuedIn);
                }
            }
        }
    }

    /// <summary>Under the partition's lock: the request no longer waits for a call (if it did).</summary>
    private static void Leave(ref Partition? queuedIn)
    {
        if (queuedIn is not null)
        {
            queuedIn.Unserved--;
            queuedIn = null;
        }
    }

    /// <summary>Under the partition's lock, with no call in flight: what the next call asks for.</summary>
    private Ticket Prepare(RateLimitRule rule, Partition partition, long now)
    {
        var sameWindow = now < partition.WindowEnds;
        var batch = BatchSize(rule, partition, now, sameWindow);
        // Permits left when the lease ran out go back while their window is surely still current; either way they are
        // gone from here once asked for, so a call that fails or times out can only lose them, never spend them twice.
        var returned = sameWindow && now < partition.WindowEnds - _returnMarginTicks ? partition.Permits : 0;
        var ticket = new Ticket(now, batch, returned, partition.WindowId,
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        partition.InFlight = ticket.Done;
        partition.Permits = 0;
        partition.Seen = 0;
        partition.LastReservationAt = now;
        return ticket;
    }

    /// <summary>Makes the call a ticket asks for, applies its outcome to the partition and completes the ticket.</summary>
    private async Task ReserveAsync(RateLimitRule rule, Partition partition, Ticket ticket)
    {
        Interlocked.Increment(ref _reservations);
        try
        {
            var result = (RedisResult[])(await ReserveScript.EvaluateAsync(_redis.GetDatabase(), new
            {
                key = (RedisKey)$"{_settings.KeyPrefix}:{rule.Partition}",
                windowMs = (long)_settings.Window.TotalMilliseconds,
                batch = ticket.Batch,
                returned = ticket.Returned,
                windowId = ticket.WindowId,
            }).WithinCommandTimeout(_cache))!;
            var count = (long)result[0];
            var windowEnds = ticket.SentAt + MillisecondsToTicks((long)result[1]);
            var granted = Math.Clamp(rule.PermitLimit - (count - ticket.Batch), 0, ticket.Batch);
            lock (partition.Gate)
            {
                partition.WindowEnds = windowEnds;
                partition.WindowId = (long)result[2];
                partition.LastKnownCount = count;
                partition.Permits = granted;
                // The lease runs from the reply, not the send: a slow reply must not leave its permits already stale.
                partition.LeaseEnds = Math.Min(_time.GetTimestamp() + _leaseTicks, windowEnds);
                // A fixed window frees no permits before it ends (but for the few others may give back), so a full
                // window is denied here until then, with no further calls.
                partition.Denied = granted == 0;
                partition.InFlight = null;
            }
            ticket.Done.SetResult();
        }
        catch (Exception exception)
        {
            lock (partition.Gate)
            {
                partition.InFlight = null;
            }
            ticket.Done.SetException(exception);
        }
    }

    /// <summary>
    /// One permit without recent demand; otherwise the requests waiting for this call or expected during one lease at
    /// the rate seen since the last call, whichever is more; at most 1/16 of what is left in the window (so 1 near the
    /// limit) and at most the configured maximum.
    /// </summary>
    private int BatchSize(RateLimitRule rule, Partition partition, long now, bool sameWindow)
    {
        // Requests a previous call left unserved arrived before it, so the rate since it misses them: count them here.
        double demand = partition.Unserved;
        if (partition.LastReservationAt != 0)
        {
            // A burst that arrives within a few milliseconds is read as a quarter lease's worth, not as an infinite rate.
            var elapsed = Math.Max(now - partition.LastReservationAt, _leaseTicks / 4);
            demand = Math.Max(demand, Math.Ceiling((double)partition.Seen * _leaseTicks / elapsed));
        }
        var left = rule.PermitLimit - (sameWindow ? partition.LastKnownCount : 0);
        var cap = Math.Min(Math.Max(1, left / RemainingShare), _settings.MaxReservation);
        return (int)Math.Clamp(demand, 1, cap);
    }

    /// <summary>Drops the partitions whose window has ended and which wait for no call; at most once per <see cref="SweepInterval"/>.</summary>
    private void MaybeSweep(long now)
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (now - last < _sweepTicks || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }
        foreach (var (name, partition) in _partitions)
        {
            // Never waits for a lock: a busy partition is not stale anyway, and the caller may hold one.
            if (!partition.Gate.TryEnter())
            {
                continue;
            }
            try
            {
                if (partition.InFlight is null && now >= partition.WindowEnds)
                {
                    // A request that already holds this object sees Retired and fetches a fresh one.
                    partition.Retired = true;
                    _partitions.TryRemove(KeyValuePair.Create(name, partition));
                }
            }
            finally
            {
                partition.Gate.Exit();
            }
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

    private long MillisecondsToTicks(long milliseconds) => milliseconds * _time.TimestampFrequency / 1000;

    /// <summary>One reservation call: when it was sent, the batch it asks for and the permits it gives back to which window.</summary>
    private readonly record struct Ticket(long SentAt, int Batch, long Returned, long WindowId, TaskCompletionSource Done);

    /// <summary>This instance's view of one partition's current window. Guarded by <see cref="Gate"/>; times are timestamps.</summary>
    private sealed class Partition
    {
        public readonly Lock Gate = new();

        /// <summary>Permits of the current reservation not yet spent.</summary>
        public long Permits;

        /// <summary>The reservation's permits are spent only before this (a short lease, never past the window's end).</summary>
        public long LeaseEnds;

        /// <summary>The window's end as Redis reported it, counted from before the call was sent, so never late.</summary>
        public long WindowEnds;

        /// <summary>Redis's absolute expiry of the window in ms, which names the window when permits are given back.</summary>
        public long WindowId;

        /// <summary>Redis's count after this instance's last reservation in the window.</summary>
        public long LastKnownCount;

        /// <summary>Redis said the window is full: deny until <see cref="WindowEnds"/>.</summary>
        public bool Denied;

        /// <summary>Requests seen since the last reservation was sent: the partition's demand.</summary>
        public int Seen;

        /// <summary>Requests waiting for a call's outcome (the one in flight or the next): the partition's need right now.</summary>
        public int Unserved;

        /// <summary>When the last reservation was sent; 0 before the first.</summary>
        public long LastReservationAt;

        /// <summary>The reservation in flight, which concurrent requests of the partition wait for.</summary>
        public TaskCompletionSource? InFlight;

        /// <summary>Swept away: a request holding this object fetches the partition again.</summary>
        public bool Retired;
    }
}
