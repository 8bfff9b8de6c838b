using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Tests.RateLimiting;

public class RedisOutageTests(GatewayWithoutRedisFactory factory) : IClassFixture<GatewayWithoutRedisFactory>
{
    [Fact]
    public async Task Without_redis_requests_still_flow_and_are_limited_in_process()
    {
        var client = factory.CreateClient(factory.MintToken(ClientKind.National, $"no-redis-{Guid.NewGuid():N}", "enterprises"));

        for (var call = 1; call <= GatewayWithoutRedisFactory.Limit; call++)
        {
            Assert.Equal($"/api/enterprises/call-{call}", (await (await client.GetAsync($"/api/enterprises/call-{call}")).EchoAsync()).Path);
        }
        var refused = await client.GetAsync("/api/enterprises/one-too-many");

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Health_shows_the_cache_is_really_down()
    {
        var health = await factory.CreateClient(factory.MintToken(ClientKind.Admin, "platform-admin")).GetAsync("/health");
        var body = await health.Content.ReadFromJsonAsync<JsonElement>();

        var cache = body.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == "cache");
        Assert.Equal("Unhealthy", cache.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }
}
