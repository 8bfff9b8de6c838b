using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.TestSupport;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Tests.Caching;

/// <summary>The local level alone: a store is refused once anything that could make its value old happened.</summary>
public class LocalCacheUnitTests
{
    private readonly LocalCache _local = new(Options.Create(new CacheOptions()));

    [Fact]
    public void A_load_begun_before_an_invalidation_of_its_key_does_not_store()
    {
        _local.Trust();
        var ticket = _local.Begin("a");

        _local.Invalidate("a");

        Assert.False(_local.TryStore("a", ticket, "old"));
        Assert.False(_local.TryGet("a", out _));
        Assert.True(_local.TryStore("a", _local.Begin("a"), "new"));
        Assert.True(_local.TryGet("a", out var value));
        Assert.Equal("new", value);
    }

    [Fact]
    public void A_load_begun_before_a_doubt_does_not_store_even_once_trusted_again()
    {
        _local.Trust();
        var ticket = _local.Begin("a");

        _local.Distrust();
        Assert.Null(_local.Begin("a")); // nothing read while in doubt may be kept
        _local.Trust();

        Assert.False(_local.TryStore("a", ticket, "old"));
        Assert.False(_local.TryGet("a", out _));
    }

    [Fact]
    public void In_doubt_nothing_is_served_and_trust_starts_empty()
    {
        _local.Trust();
        Assert.True(_local.TryStore("a", _local.Begin("a"), "value"));

        _local.Distrust();
        Assert.False(_local.TryGet("a", out _));
        _local.Trust();

        Assert.False(_local.TryGet("a", out _));
    }

    [Fact]
    public void The_entries_are_bounded()
    {
        using var small = new LocalCache(Options.Create(new CacheOptions { LocalEntryLimit = 10 }));
        small.Trust();

        for (var i = 0; i < 50; i++)
        {
            small.TryStore($"k{i}", small.Begin($"k{i}"), i);
        }

        Assert.InRange(small.Count, 1, 10); // beyond the limit the memory cache takes no entry until it has compacted
    }
}

/// <summary>
/// The two levels on real Redis: a hit is answered from the process with no Redis command, another instance's
/// invalidation reaches it, and it is not used while this process could miss an invalidation.
/// </summary>
public sealed class LocalCacheTests : IAsyncLifetime
{
    // The longest an invalidation published by another instance may take to arrive here in these tests.
    private static readonly TimeSpan Heard = TimeSpan.FromSeconds(2);

    private readonly string _key = $"tests:local-cache:{Guid.NewGuid():N}";
    private readonly List<IAsyncDisposable> _owned = [];
    private int _loads;

    private Task<Entry> Load(CancellationToken _) => Task.FromResult(new Entry(Interlocked.Increment(ref _loads)));

    [Fact]
    public async Task A_hit_is_answered_without_any_redis_command()
    {
        var redis = await PrivateRedisAsync();
        var host = await TrustedHostAsync(redis.ConnectionString);
        Assert.Equal(1, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);
        await using var admin = await AdminAsync(redis.ConnectionString);
        var before = await CacheCommandsAsync(admin);

        for (var read = 0; read < 100; read++)
        {
            Assert.Equal(1, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);
        }

        Assert.Equal(before, await CacheCommandsAsync(admin));
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task An_invalidation_by_another_instance_drops_the_local_entry()
    {
        var reader = await TrustedHostAsync(TestServers.Cache);
        var writer = await TrustedHostAsync(TestServers.Cache);
        Assert.Equal(1, (await reader.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);

        // Gone from Redis behind the reader's back, without an invalidation: the reader still answers from its memory.
        await using var redis = await AdminAsync(TestServers.Cache);
        await redis.GetDatabase().KeyDeleteAsync($"{{{_key}}}:value");
        Assert.Equal(1, (await reader.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);

        await writer.CacheAside.InvalidateAsync([_key]);

        // The message takes a moment to travel; within it the reader may still answer what it had.
        var deadline = DateTime.UtcNow + Heard;
        while ((await reader.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version == 1)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The reader still answered the invalidated entry {Heard.TotalSeconds} s later.");
            await Task.Delay(20);
        }
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task One_save_evicting_several_keys_drops_each_in_every_instance()
    {
        var keys = new[] { _key, $"{_key}:second", $"{_key}:third" };
        var reader = await TrustedHostAsync(TestServers.Cache);
        var writer = await TrustedHostAsync(TestServers.Cache);
        foreach (var key in keys)
        {
            Assert.Equal("old", await reader.CacheAside.GetOrLoadAsync(key, _ => Task.FromResult("old"), CancellationToken.None));
        }

        await writer.CacheAside.InvalidateAsync(keys);

        var deadline = DateTime.UtcNow + Heard;
        foreach (var key in keys)
        {
            while (await reader.CacheAside.GetOrLoadAsync(key, _ => Task.FromResult("new"), CancellationToken.None) == "old")
            {
                Assert.True(DateTime.UtcNow < deadline, $"The reader still answered the invalidated {key} {Heard.TotalSeconds} s later.");
                await Task.Delay(20);
            }
        }
    }

    [Fact]
    public async Task A_services_invalidations_go_only_to_its_own_instances()
    {
        var redis = await PrivateRedisAsync();
        var financing = await TrustedHostAsync(redis.ConnectionString, "financing");
        await TrustedHostAsync(redis.ConnectionString, "training");
        await using var listener = await AdminAsync(redis.ConnectionString);
        var heard = new System.Collections.Concurrent.ConcurrentQueue<(string Channel, string Message)>();
        await listener.GetSubscriber().SubscribeAsync(RedisChannel.Pattern("cache-invalidations:*"),
            (channel, message) => heard.Enqueue((channel.ToString(), message.ToString())));

        await financing.CacheAside.InvalidateAsync([_key]);

        var deadline = DateTime.UtcNow + Heard;
        while (!heard.Any(m => m.Message == _key))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No invalidation of {_key} was published within {Heard.TotalSeconds} s.");
            await Task.Delay(20);
        }
        Assert.Equal([("cache-invalidations:financing", _key)], heard.Where(m => m.Message == _key));
        Assert.DoesNotContain(heard, m => m.Channel == "cache-invalidations:training" && !m.Message.StartsWith("cache-probe:"));
    }

    [Fact]
    public async Task A_load_racing_another_instances_invalidation_keeps_nothing()
    {
        var reader = await TrustedHostAsync(TestServers.Cache);
        var writer = await TrustedHostAsync(TestServers.Cache);
        var loadStarted = new TaskCompletionSource();
        var releaseLoad = new TaskCompletionSource();

        var slowRead = reader.CacheAside.GetOrLoadAsync(_key, async _ =>
        {
            loadStarted.SetResult();
            await releaseLoad.Task; // the source changes, and another instance invalidates, while this load holds the old value
            return new Entry(1);
        }, CancellationToken.None);
        await loadStarted.Task;
        await writer.CacheAside.InvalidateAsync([_key]);
        await Task.Delay(200); // the message has arrived: the local generation moved under the load
        releaseLoad.SetResult();

        Assert.Equal(1, (await slowRead).Version);
        Assert.False(reader.Local.TryGet(_key, out _));
        Assert.Equal(2, (await reader.CacheAside.GetOrLoadAsync(_key, _ => Task.FromResult(new Entry(2)), CancellationToken.None)).Version);
    }

    [Fact]
    public async Task After_the_connection_fails_every_read_goes_to_the_source()
    {
        var redis = await PrivateRedisAsync();
        var host = await TrustedHostAsync(redis.ConnectionString);
        await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None);
        Assert.Equal(1, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version); // a local hit
        var failed = ConnectionEvent(host, ConnectionType.Interactive, restored: false);

        await redis.DisposeAsync(); // Redis is gone: its invalidations could no longer be heard
        await failed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(host.Local.Trusted);
        Assert.Equal(2, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);
        Assert.Equal(3, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task A_dropped_subscription_clears_the_local_entries_and_they_serve_again_once_it_is_back()
    {
        var redis = await PrivateRedisAsync();
        var host = await TrustedHostAsync(redis.ConnectionString);
        await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None);
        await using var admin = await AdminAsync(redis.ConnectionString);
        await admin.GetDatabase().KeyDeleteAsync($"{{{_key}}}:value"); // only the local entry still holds version 1
        var failed = ConnectionEvent(host, ConnectionType.Subscription, restored: false);
        var restored = ConnectionEvent(host, ConnectionType.Subscription, restored: true);

        // Messages published while the subscription is down are lost for good: what the process holds may be old.
        await admin.GetDatabase().ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub");
        await failed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);
        await restored.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilTrustedAsync(host);
        Assert.Equal(2, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version); // from Redis, kept locally
        await admin.GetDatabase().KeyDeleteAsync($"{{{_key}}}:value");
        Assert.Equal(2, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version); // from memory
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task A_hung_redis_stops_the_local_entries_within_the_lease()
    {
        var redis = await PrivateRedisAsync();
        var host = await TrustedHostAsync(redis.ConnectionString);
        await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None);

        // Hung, not down: the connection stays open and nothing fails, but invalidations would no longer arrive.
        redis.Freeze();
        try
        {
            var deadline = DateTime.UtcNow + LocalCacheCoherence.Lease + LocalCacheCoherence.ProbeInterval + TimeSpan.FromSeconds(3);
            while (host.Local.Trusted)
            {
                Assert.True(DateTime.UtcNow < deadline, "The local cache was still trusted long after Redis hung.");
                await Task.Delay(100);
            }
            Assert.Equal(2, (await host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version);
        }
        finally
        {
            redis.Thaw();
        }
    }

    private async Task<PrivateRedisServer> PrivateRedisAsync()
    {
        var redis = await PrivateRedisServer.StartAsync();
        _owned.Add(new Disposal(async () =>
        {
            try
            {
                await redis.DisposeAsync();
            }
            catch (Exception exception) when (exception is InvalidOperationException or DirectoryNotFoundException)
            {
                // disposed by the test already
            }
        }));
        return redis;
    }

    private async Task<CacheHost> TrustedHostAsync(string address, string service = "cache-tests")
    {
        var host = new CacheHost(address, service);
        _owned.Add(host);
        _ = host.CacheAside; // resolving the cache starts hearing invalidations
        await WaitUntilTrustedAsync(host);
        return host;
    }

    private static async Task WaitUntilTrustedAsync(CacheHost host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!host.Local.Trusted)
        {
            Assert.True(DateTime.UtcNow < deadline, "The local cache was not in use 15 s after the host started.");
            await Task.Delay(50);
        }
    }

    private static Task ConnectionEvent(CacheHost host, ConnectionType type, bool restored)
    {
        var happened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(object? sender, ConnectionFailedEventArgs e)
        {
            if (e.ConnectionType == type)
            {
                happened.TrySetResult();
            }
        }
        // Handlers run in the order they were added: the cache's own has run before this one.
        if (restored)
        {
            host.Redis.ConnectionRestored += Handler;
        }
        else
        {
            host.Redis.ConnectionFailed += Handler;
        }
        return happened.Task;
    }

    private static async Task<ConnectionMultiplexer> AdminAsync(string address) =>
        await ConnectionMultiplexer.ConnectAsync($"{address},allowAdmin=true");

    /// <summary>How many reads and writes of cache entries the server has run (probes are publishes, not counted).</summary>
    private static async Task<string> CacheCommandsAsync(ConnectionMultiplexer admin)
    {
        var info = await admin.GetServers()[0].InfoAsync("commandstats");
        var counted = new[] { "cmdstat_get", "cmdstat_mget", "cmdstat_set", "cmdstat_eval", "cmdstat_evalsha", "cmdstat_del" };
        return string.Join(";", info.SelectMany(group => group).Where(line => counted.Contains(line.Key)).OrderBy(line => line.Key)
            .Select(line => $"{line.Key}={line.Value.Split(',')[0]}"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }
    }

    public sealed record Entry(int Version);

    private sealed class Disposal(Func<Task> dispose) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await dispose();
    }
}
