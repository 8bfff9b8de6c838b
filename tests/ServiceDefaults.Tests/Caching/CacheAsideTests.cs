using CpPlatform.TestSupport;

namespace CpPlatform.ServiceDefaults.Tests.Caching;

/// <summary>The read-through cache on the real Redis, and with Redis unreachable.</summary>
public class CacheAsideTests : IAsyncLifetime
{
    private readonly CacheHost _host = new(TestServers.Cache);
    private readonly string _key = $"tests:cache-aside:{Guid.NewGuid():N}";

    [Fact]
    public async Task A_second_read_is_served_from_the_cache_until_the_key_is_invalidated()
    {
        var cache = _host.CacheAside;
        var loads = 0;
        Task<Entry> Load(CancellationToken _) => Task.FromResult(new Entry(++loads));

        var first = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
        var second = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
        await cache.InvalidateAsync([_key]);
        var third = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);

        Assert.Equal((1, 1, 2), (first.Version, second.Version, third.Version));
    }

    [Fact]
    public async Task A_load_that_started_before_an_invalidation_does_not_store_its_older_value()
    {
        var cache = _host.CacheAside;
        var loadStarted = new TaskCompletionSource();
        var releaseLoad = new TaskCompletionSource();

        var slowRead = cache.GetOrLoadAsync(_key, async _ =>
        {
            loadStarted.SetResult();
            await releaseLoad.Task; // the source changes (and the key is invalidated) while this load still holds the old value
            return new Entry(1);
        }, CancellationToken.None);
        await loadStarted.Task;
        await cache.InvalidateAsync([_key]);
        releaseLoad.SetResult();
        var slow = await slowRead;
        var next = await cache.GetOrLoadAsync(_key, _ => Task.FromResult(new Entry(2)), CancellationToken.None);

        Assert.Equal((1, 2), (slow.Version, next.Version));
    }

    [Fact]
    public async Task Private_setters_round_trip_so_domain_objects_come_back_whole()
    {
        var cache = _host.CacheAside;
        await cache.GetOrLoadAsync(_key, _ => Task.FromResult(Counter.Of(7)), CancellationToken.None);

        var cached = await cache.GetOrLoadAsync(_key, _ => Task.FromResult(Counter.Of(0)), CancellationToken.None);

        Assert.Equal(7, cached.Count);
    }

    [Fact]
    public async Task Domain_objects_made_only_by_their_own_factory_round_trip_too()
    {
        var cache = _host.CacheAside;
        await cache.GetOrLoadAsync(_key, _ => Task.FromResult(Ledger.Open(11)), CancellationToken.None);
        _host.Local.Distrust(); // the next read comes from Redis

        var cached = await cache.GetOrLoadAsync(_key, _ => Task.FromResult(Ledger.Open(0)), CancellationToken.None);

        Assert.Equal(11, cached.Balance);
    }

    [Fact]
    public async Task A_stored_value_that_no_longer_reads_is_loaded_from_the_source_and_stored_again()
    {
        await _host.Redis.GetDatabase().StringSetAsync($"{{{_key}}}:value", """{"version":"written by an older release"}""");
        var loads = 0;
        Task<Entry> Load(CancellationToken _) => Task.FromResult(new Entry(++loads));

        var first = await _host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None);
        _host.Local.Distrust(); // the next read comes from Redis
        var second = await _host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None);

        Assert.Equal((1, 1, 1), (first.Version, second.Version, loads));
    }

    [Theory]
    [InlineData("""{"entry":{"version":7}}""")] // wrapped, as an earlier release stored it
    [InlineData("""{}""")] // without what the constructor requires
    public async Task A_stored_value_of_another_shape_is_loaded_again_rather_than_read_half_empty(string stored)
    {
        await _host.Redis.GetDatabase().StringSetAsync($"{{{_key}}}:value", stored);
        var loads = 0;
        Task<Entry> Load(CancellationToken _) => Task.FromResult(new Entry(++loads));

        var read = await _host.CacheAside.GetOrLoadAsync(_key, Load, CancellationToken.None);

        Assert.Equal((1, 1), (read.Version, loads));
    }

    [Fact]
    public async Task Nothing_found_is_remembered_too_in_process_and_in_redis()
    {
        var cache = _host.CacheAside;
        var loads = 0;
        Task<Entry?> FindNothing(CancellationToken _) { loads++; return Task.FromResult<Entry?>(null); }
        Task<Guid?> FindNoId(CancellationToken _) { loads++; return Task.FromResult<Guid?>(null); }

        var entries = new[]
        {
            await cache.GetOrLoadAsync(_key, FindNothing, CancellationToken.None),
            await cache.GetOrLoadAsync(_key, FindNothing, CancellationToken.None),
        };
        var ids = new[]
        {
            await cache.GetOrLoadAsync($"{_key}:id", FindNoId, CancellationToken.None),
            await cache.GetOrLoadAsync($"{_key}:id", FindNoId, CancellationToken.None),
        };
        _host.Local.Distrust(); // the next reads come from Redis
        var fromRedis = (await cache.GetOrLoadAsync(_key, FindNothing, CancellationToken.None),
            await cache.GetOrLoadAsync($"{_key}:id", FindNoId, CancellationToken.None));

        Assert.All(entries, Assert.Null);
        Assert.All(ids, id => Assert.Null(id));
        Assert.Equal((null, null), fromRedis);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task Without_redis_every_read_loads_from_the_source()
    {
        await using var unreachable = new CacheHost(TestServers.UnreachableCache());
        var cache = unreachable.CacheAside;
        var loads = 0;
        Task<Entry> Load(CancellationToken _) => Task.FromResult(new Entry(++loads));

        var first = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);
        await cache.InvalidateAsync([_key]);
        var second = await cache.GetOrLoadAsync(_key, Load, CancellationToken.None);

        Assert.Equal((1, 2), (first.Version, second.Version));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public sealed record Entry(int Version);

    public sealed class Ledger
    {
        private Ledger()
        {
        }

        public int Balance { get; private set; }

        public static Ledger Open(int balance) => new() { Balance = balance };
    }

    public sealed class Counter
    {
        public int Count { get; private set; }

        public static Counter Of(int count) => new() { Count = count };
    }
}
