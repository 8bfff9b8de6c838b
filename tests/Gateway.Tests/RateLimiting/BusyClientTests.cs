using System.Net;
using CpPlatform.Gateway.RateLimiting;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>A busy client's requests through the gateway are counted in Redis in batches, not with a call each.</summary>
[Collection(LoadTestCollection.Name)]
public class BusyClientTests(GatewayFactory factory, ITestOutputHelper output) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_busy_client_costs_the_gateway_far_fewer_redis_calls_than_requests_and_redis_still_counts_them()
    {
        const int Requests = 1_000;
        const int Concurrency = 32;
        var clientId = $"busy-{Guid.NewGuid():N}";
        var client = factory.CreateClient(factory.MintToken(ClientKind.National, clientId, "enterprises"));
        var counter = factory.Services.GetRequiredService<RedisRateLimitCounter>();
        var callsBefore = counter.Reservations;

        var next = 0;
        var statuses = await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            var seen = new List<HttpStatusCode>();
            while (Interlocked.Increment(ref next) <= Requests)
            {
                using var response = await client.GetAsync("/api/enterprises/busy");
                seen.Add(response.StatusCode);
            }
            return seen;
        }));

        var calls = counter.Reservations - callsBefore;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Cache);
        var count = (long)await redis.GetDatabase().StringGetAsync($"{factory.RateLimitKeyPrefix}:client:{clientId}");
        output.WriteLine($"{Requests} requests ({Concurrency} at a time): {calls} Redis calls, Redis count {count}");
        Assert.All(statuses.SelectMany(status => status), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(calls <= Requests / 10, $"{calls} Redis calls for {Requests} requests.");
        Assert.InRange(count, Requests, Requests + new RateLimitOptions().MaxReservation);
    }
}
