using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Keeps this process's <see cref="LocalCache"/> exact while other instances change what it holds: every
/// invalidation is published on <see cref="ChannelName"/> by the same Redis script that bumps the key's generation and
/// deletes its value (<see cref="RedisCacheAside"/>), and every instance drops the key on hearing it.
/// </summary>
/// <remarks>
/// <para>Why that is exact: the script's INCR, DEL and PUBLISH happen at one instant in Redis. A reader here that
/// got the old value from Redis read it before that instant, so before the message reaches this process; it began
/// (took its ticket) earlier still. Its local store then happens either before the message arrives, and the message
/// removes the entry, or after, and the bumped generation refuses it. A reader that reads Redis after the instant
/// finds the value deleted and loads from the source after the change committed (or finds a value that another
/// load stored under the new generation, loaded after the change too).</para>
/// <para>That holds only while the subscription hears every message. So the local cache is trusted only after this
/// process has received its own probe, published on the channel after the last doubt (so the subscription was live
/// then, and messages on one connection arrive in order), and only while probes keep arriving within
/// <see cref="Lease"/>. A connection failure or restoration (messages may have been missed, and the subscription may
/// not yet be renewed), a subscription that is not connected, a probe that cannot be sent or arrives late (a hung
/// Redis delays messages) all clear the local cache and bypass it until a fresh probe arrives. While Redis is down
/// the local cache is never used: reads go to Redis and then to the source, as without it.</para>
/// <para>Each service has a channel of its own: its cache holds only its own data, which only its own saves change and
/// evict (every <see cref="CacheInvalidator"/> runs in the service that reads the keys), so only its instances need to
/// hear its invalidations. On one channel for all, every registration's five evictions woke all seven services, about
/// 0.7 ms of CPU per registration in each service that holds none of those keys.</para>
/// </remarks>
internal sealed class LocalCacheCoherence : IDisposable
{
    private const string ChannelPrefix = "cache-invalidations:";

    /// <summary>How often this process sends itself a probe through the channel.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long the local cache stays trusted after the last probe arrived: the longest an invalidation can go unheard
    /// while Redis hangs (it is not down, so the connection does not fail, but nothing arrives).
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    private readonly IConnectionMultiplexer _redis;
    private readonly CacheOptions _options;
    private readonly ILogger<LocalCacheCoherence> _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly RedisChannel _channel;

    // A probe carries the round it was sent in; a doubt starts a new round, so only a probe sent after it trusts again.
    private readonly string _probePrefix = $"cache-probe:{Guid.NewGuid():N}:";
    private long _round;
    private long _lastProbeHeard = long.MinValue; // Environment.TickCount64 when a probe of this round arrived
    private ChannelMessageQueue? _messages;

    public LocalCacheCoherence(
        IConnectionMultiplexer redis, LocalCache local, IOptions<CacheOptions> options, IHostEnvironment environment, ILogger<LocalCacheCoherence> logger)
    {
        _redis = redis;
        Local = local;
        _options = options.Value;
        ChannelName = ChannelPrefix + _options.KeyPrefix + environment.ApplicationName;
        _channel = RedisChannel.Literal(ChannelName);
        _logger = logger;
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
        _ = Task.Run(KeepListeningAsync);
    }

    public LocalCache Local { get; }

    /// <summary>The channel every instance of this service hears its invalidated keys (and probes) on.</summary>
    public string ChannelName { get; }

    private async Task KeepListeningAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var subscriber = _redis.GetSubscriber();
                if (_messages is null)
                {
                    _messages = await subscriber.SubscribeAsync(_channel).WithinCommandTimeout(_options);
                    _messages.OnMessage(OnMessage);
                }
                if (!subscriber.IsConnected(_channel))
                {
                    Doubt("the subscription is not connected");
                }
                else if (Local.Trusted && Environment.TickCount64 - Volatile.Read(ref _lastProbeHeard) > Lease.TotalMilliseconds)
                {
                    Doubt($"no probe came back within {Lease.TotalSeconds} s");
                }
                await subscriber.PublishAsync(_channel, _probePrefix + Volatile.Read(ref _round)).WithinCommandTimeout(_options);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
            {
                Doubt($"Redis did not take a probe ({exception.GetType().Name})");
            }
            try
            {
                await Task.Delay(ProbeInterval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Messages of one queue are handled one at a time, in the order Redis sent them.
    private void OnMessage(ChannelMessage message)
    {
        var text = (string?)message.Message;
        if (text is null)
        {
            return;
        }
        if (text.StartsWith(_probePrefix, StringComparison.Ordinal))
        {
            lock (_gate)
            {
                if (long.TryParse(text.AsSpan(_probePrefix.Length), out var round) && round == _round)
                {
                    Volatile.Write(ref _lastProbeHeard, Environment.TickCount64);
                    if (!Local.Trusted)
                    {
                        Local.Trust();
                        _logger.LogInformation("Local cache in use: invalidations from other instances are heard");
                    }
                }
            }
            return;
        }
        // Another instance's probe names no cache key of ours; dropping it is harmless either way.
        Local.Invalidate(text);
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => Doubt($"the {e.ConnectionType} connection failed ({e.FailureType})");

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => Doubt($"the {e.ConnectionType} connection was restored; messages may have been missed");

    private void Doubt(string why)
    {
        lock (_gate)
        {
            var wasTrusted = Local.Trusted;
            _round++;
            Local.Distrust();
            if (wasTrusted)
            {
                _logger.LogWarning("Local cache cleared and bypassed until a probe comes back: {Reason}", why);
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _redis.ConnectionFailed -= OnConnectionFailed;
        _redis.ConnectionRestored -= OnConnectionRestored;
        Local.Distrust();
        _messages?.UnsubscribeAsync().ContinueWith(task => _ = task.Exception, TaskScheduler.Default);
    }
}
