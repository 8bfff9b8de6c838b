using System.Diagnostics;
using System.Net;
using CpPlatform.ServiceDefaults.Security;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>
/// A Redis that hangs (its process stopped: connections stay open, nothing answers) costs a request at most about a
/// second; the request is then counted by the local limiter and proxied, and counting returns to Redis when it resumes.
/// </summary>
public class HungRedisTests(GatewayWithPrivateRedisFactory factory, ITestOutputHelper output) : IClassFixture<GatewayWithPrivateRedisFactory>
{
    // A request costs about one command timeout (1 s). On a loaded two-core CI machine one request may be slower for
    // reasons of its own, so: none may hang (a hang lasts until Redis resumes), and the fastest keeps to the bound.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_hung_redis_costs_a_request_at_most_about_a_second_and_counting_returns_to_redis_when_it_resumes()
    {
        var clientId = $"hung-redis-{Guid.NewGuid():N}";
        var client = factory.CreateClient(factory.MintToken(ClientKind.National, clientId, "enterprises"));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(factory.Redis.ConnectionString);
        var counter = (RedisKey)$"{factory.RateLimitKeyPrefix}:client:{clientId}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/enterprises/warm")).StatusCode);
        Assert.Equal(1, (long)await redis.GetDatabase().StringGetAsync(counter));

        var durations = new List<TimeSpan>();
        factory.Redis.Freeze();
        try
        {
            for (var call = 1; call <= 3; call++)
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync($"/api/enterprises/while-hung-{call}");
                clock.Stop();
                output.WriteLine($"request {call} through the gateway on the hung Redis: {clock.ElapsedMilliseconds} ms ({(int)response.StatusCode})");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(clock.Elapsed < NoHang, $"Request {call} on a hung Redis took {clock.ElapsedMilliseconds} ms.");
                durations.Add(clock.Elapsed);
            }
        }
        finally
        {
            factory.Redis.Thaw();
        }

        Assert.True(durations.Min() < Bound, $"Every request on a hung Redis took longer than {Bound.TotalMilliseconds} ms: {string.Join(", ", durations.Select(d => $"{d.TotalMilliseconds:0} ms"))}.");

        var resumed = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var before = (long)await redis.GetDatabase().StringGetAsync(counter);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/enterprises/after")).StatusCode);
            if ((long)await redis.GetDatabase().StringGetAsync(counter) > before)
            {
                output.WriteLine($"counted in Redis again {resumed.ElapsedMilliseconds} ms after it resumed");
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "Requests were not counted in Redis within 15 s of its resuming.");
            await Task.Delay(200);
        }
    }
}
