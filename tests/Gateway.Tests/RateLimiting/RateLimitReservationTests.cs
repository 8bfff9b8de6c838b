using System.Diagnostics;
using CpPlatform.Gateway.RateLimiting;
using CpPlatform.ServiceDefaults.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>
/// The Redis counter reserves permits in batches for busy callers and spends them in process, against the shared test
/// Redis: a slow caller still costs one INCR per request, a busy one few calls, and instances together never admit
/// more than the limit.
/// </summary>
[Collection(LoadTestCollection.Name)]
public sealed class RateLimitReservationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _prefix = $"test-reservations:{Guid.NewGuid():N}";
    private readonly List<ConnectionMultiplexer> _connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connections.FirstOrDefault() is { } connection
            && connection.GetServers()[0].Keys(pattern: $"{_prefix}:*").ToArray() is { Length: > 0 } keys)
        {
            await connection.GetDatabase().KeyDeleteAsync(keys);
        }
        foreach (var each in _connections)
        {
            await each.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_caller_without_recent_demand_costs_one_increment_per_request_as_before()
    {
        var clock = new ManualClock();
        var counter = await CounterAsync(clock);
        var rule = new RateLimitRule("slow", 100_000);

        for (var request = 1; request <= 3; request++)
        {
            Assert.Equal(RateLimitDecision.Allow, await counter.TryAcquireAsync(rule));
            Assert.Equal(request, await CountAsync(rule));
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(3, counter.Reservations);
    }

    [Fact]
    public async Task A_busy_caller_decides_most_requests_in_process_with_few_redis_calls()
    {
        var counter = await CounterAsync();
        var rule = new RateLimitRule("busy", 100_000);
        const int Requests = 2_000;

        var decisions = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Run(() => counter.TryAcquireAsync(rule).AsTask())));

        var count = await CountAsync(rule);
        output.WriteLine($"{Requests} concurrent requests: {counter.Reservations} Redis calls, Redis count {count}");
        Assert.All(decisions, decision => Assert.Equal(RateLimitDecision.Allow, decision));
        Assert.True(counter.Reservations <= Requests / 20, $"{counter.Reservations} Redis calls for {Requests} requests.");
        // Redis counts what was reserved: every request, and at most one unspent batch.
        Assert.InRange(count, Requests, Requests + new RateLimitOptions().MaxReservation);

        var before = counter.Reservations;
        for (var request = 0; request < Requests; request++)
        {
            Assert.Equal(RateLimitDecision.Allow, await counter.TryAcquireAsync(rule));
        }
        output.WriteLine($"{Requests} requests one after another: {counter.Reservations - before} Redis calls");
        Assert.True(counter.Reservations - before <= Requests / 20, $"{counter.Reservations - before} Redis calls for {Requests} sequential requests.");
    }

    [Theory]
    [InlineData(500, 600, 0)]
    [InlineData(50, 200, 0)]
    [InlineData(5_000, 3_000, 0)]
    // Spread over several leases, so reservations run out, give permits back and reserve again while both compete.
    [InlineData(300, 400, 800)]
    [InlineData(2_000, 1_500, 1_000)]
    public async Task Two_instances_under_concurrent_load_never_admit_more_than_the_limit(int limit, int attemptsPerInstance, int spreadMs)
    {
        var first = await CounterAsync();
        var second = await CounterAsync();
        var rule = new RateLimitRule($"contended-{limit}", limit);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = new[] { first, second }.SelectMany(counter => Enumerable.Range(0, attemptsPerInstance).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            if (spreadMs > 0)
            {
                await Task.Delay(Random.Shared.Next(spreadMs));
            }
            return await counter.TryAcquireAsync(rule);
        }))).ToList();
        start.SetResult();
        var decisions = await Task.WhenAll(attempts);

        var allowed = decisions.Count(decision => decision is { Allowed: true });
        output.WriteLine($"limit {limit}, 2 x {attemptsPerInstance} attempts over {spreadMs} ms: {allowed} allowed, {first.Reservations} + {second.Reservations} Redis calls, Redis count {await CountAsync(rule)}");
        Assert.All(decisions, decision => Assert.NotNull(decision));
        Assert.True(allowed <= limit, $"{allowed} admitted over a limit of {limit}.");
        Assert.True(allowed >= Math.Min(limit, 2 * attemptsPerInstance) * 0.9, $"Only {allowed} of {limit} admitted.");
        Assert.All(decisions.Where(decision => decision is { Allowed: false }),
            denied => Assert.InRange(denied!.Value.RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Permits_left_when_a_lease_ends_are_given_back_to_the_window()
    {
        var clock = new ManualClock();
        var counter = await CounterAsync(clock);
        var rule = new RateLimitRule("returns", 100_000);

        await counter.TryAcquireAsync(rule);
        clock.Advance(TimeSpan.FromMilliseconds(10));
        await counter.TryAcquireAsync(rule); // demand: a batch of several, one of them spent
        var reserved = await CountAsync(rule);
        Assert.True(reserved > 2, $"Redis counts {reserved} after a busy caller's second request: no batch was reserved.");

        clock.Advance(new RateLimitOptions().ReservationLease * 2); // the lease ends; the caller slows down
        await counter.TryAcquireAsync(rule);

        // Three requests were made; the unspent permits came back with the third request's reservation.
        Assert.Equal(3, await CountAsync(rule));
        Assert.Equal(3, counter.Reservations);
    }

    [Fact]
    public async Task Permits_given_back_late_never_lower_the_count_of_a_newer_window()
    {
        var clock = new ManualClock();
        var counter = await CounterAsync(clock);
        var rule = new RateLimitRule("late-return", 100_000);
        await counter.TryAcquireAsync(rule);
        clock.Advance(TimeSpan.FromMilliseconds(10));
        await counter.TryAcquireAsync(rule);
        Assert.True(await CountAsync(rule) > 2);

        // Another window began in Redis (as if the old one ended while the return was on its way).
        var database = _connections[0].GetDatabase();
        await database.StringSetAsync(Key(rule), 7, TimeSpan.FromSeconds(30));
        clock.Advance(new RateLimitOptions().ReservationLease * 2);
        await counter.TryAcquireAsync(rule);

        Assert.Equal(8, await CountAsync(rule));
    }

    [Fact]
    public async Task A_full_window_is_denied_in_process_until_it_ends()
    {
        var counter = await CounterAsync(new ManualClock());
        var rule = new RateLimitRule("full", 5);
        for (var request = 1; request <= 5; request++)
        {
            Assert.Equal(RateLimitDecision.Allow, await counter.TryAcquireAsync(rule));
        }

        var refused = await counter.TryAcquireAsync(rule);
        var calls = counter.Reservations;
        var again = await counter.TryAcquireAsync(rule);

        Assert.False(refused!.Value.Allowed);
        Assert.InRange(refused.Value.RetryAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
        Assert.False(again!.Value.Allowed);
        Assert.Equal(calls, counter.Reservations);
        Assert.Equal(6, calls); // near the limit every reservation is a single permit
    }

    [Fact]
    public async Task Partitions_whose_window_ended_are_forgotten()
    {
        var clock = new ManualClock();
        var counter = await CounterAsync(clock);
        for (var caller = 0; caller < 50; caller++)
        {
            await counter.TryAcquireAsync(new RateLimitRule($"caller-{caller}", 10));
        }
        Assert.Equal(50, counter.Partitions);

        clock.Advance(new RateLimitOptions().Window + RedisRateLimitCounter.SweepInterval);
        await counter.TryAcquireAsync(new RateLimitRule("late-caller", 10));

        Assert.Equal(1, counter.Partitions);
    }

    [Fact]
    public async Task Replies_slower_than_a_lease_still_admit_the_requests_that_waited_for_them()
    {
        // On a loaded machine a reply (or the continuation after it) can come later than a whole lease. The requests
        // that waited for that call must be served by it, not send another call and wait again, for ever.
        var counter = await CounterAsync(new SlowClock(new RateLimitOptions().ReservationLease * 1.5));
        var quiet = new RateLimitRule("slow-replies-quiet", 100_000);

        Assert.Equal(RateLimitDecision.Allow, await counter.TryAcquireAsync(quiet).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, counter.Reservations);

        var busy = new RateLimitRule("slow-replies-busy", 100_000);
        var decisions = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => counter.TryAcquireAsync(busy).AsTask())))
            .WaitAsync(TimeSpan.FromSeconds(20));
        Assert.All(decisions, decision => Assert.Equal(RateLimitDecision.Allow, decision));
    }

    private async Task<RedisRateLimitCounter> CounterAsync(TimeProvider? clock = null)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(TestServers.Cache);
        _connections.Add(connection);
        return new RedisRateLimitCounter(connection, Options.Create(new RateLimitOptions { KeyPrefix = _prefix }),
            Options.Create(new CacheOptions()), clock ?? TimeProvider.System);
    }

    private RedisKey Key(RateLimitRule rule) => $"{_prefix}:{rule.Partition}";

    private async Task<long> CountAsync(RateLimitRule rule) => (long)await _connections[0].GetDatabase().StringGetAsync(Key(rule));

    /// <summary>A monotonic clock that moves only when told (Redis's own clock still runs).</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _timestamp = Stopwatch.GetTimestamp();

        public void Advance(TimeSpan by) => Interlocked.Add(ref _timestamp, (long)(by.TotalSeconds * TimestampFrequency));

        public override long GetTimestamp() => Interlocked.Read(ref _timestamp);
    }

    /// <summary>A clock on which every reading comes a fixed step after the previous one, as if each took that long.</summary>
    private sealed class SlowClock(TimeSpan step) : TimeProvider
    {
        private readonly long _step = (long)(step.TotalSeconds * Stopwatch.Frequency);
        private long _timestamp = Stopwatch.GetTimestamp();

        public override long GetTimestamp() => Interlocked.Add(ref _timestamp, _step);
    }
}
