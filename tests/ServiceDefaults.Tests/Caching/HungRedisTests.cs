using System.Diagnostics;
using CpPlatform.TestSupport;
using Xunit.Abstractions;

namespace CpPlatform.ServiceDefaults.Tests.Caching;

/// <summary>
/// A Redis that hangs (its process stopped: connections stay open, nothing answers) costs a request at most the
/// command timeout (1 s), after which it is answered as when Redis is down; once Redis resumes, the cache serves again.
/// The Redis is a private one: the shared test Redis must not freeze under the other test classes.
/// </summary>
public sealed class HungRedisTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1.5);

    private PrivateRedisServer _redis = null!;
    private CacheHost _host = null!;
    private readonly string _key = $"tests:hung-redis:{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        _redis = await PrivateRedisServer.StartAsync();
        _host = new CacheHost(_redis.ConnectionString);
    }

    [Fact]
    public async Task A_hung_redis_costs_a_read_at_most_about_a_second_and_the_cache_recovers_when_it_resumes()
    {
        var cache = _host.CacheAside;
        var loads = 0;
        Task<Entry> Load(CancellationToken _) => Task.FromResult(new Entry(Interlocked.Increment(ref loads)));
        await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
        Assert.Equal(1, (await cache.GetOrLoadAsync(_key, Load, CancellationToken.None)).Version); // warm: served by Redis

        _redis.Freeze();
        try
        {
            // Each read, not only the first, gives up on Redis within the bound and answers from the source.
            for (var read = 0; read < 3; read++)
            {
                var clock = Stopwatch.StartNew();
                var answer = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
                clock.Stop();
                output.WriteLine($"read {read + 1} on the hung Redis: {clock.ElapsedMilliseconds} ms (answered from the source)");
                Assert.True(clock.Elapsed < Bound, $"Read {read + 1} on a hung Redis took {clock.ElapsedMilliseconds} ms.");
                Assert.Equal(loads, answer.Version);
            }
        }
        finally
        {
            _redis.Thaw();
        }

        // Recovered: an invalidation reaches Redis again, the next read loads and stores, the one after is a hit.
        var resumed = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await cache.InvalidateAsync([_key]);
            var before = Volatile.Read(ref loads);
            var loaded = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
            var hit = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
            if (loaded.Version == before + 1 && hit.Version == loaded.Version && Volatile.Read(ref loads) == before + 1)
            {
                output.WriteLine($"served from Redis again {resumed.ElapsedMilliseconds} ms after it resumed");
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "The cache did not serve from Redis within 15 s of its resuming.");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _redis.DisposeAsync();
    }

    public sealed record Entry(int Version);
}
