using System.Net;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Tests.RateLimiting;

public class RateLimitTests(LowRateLimitGatewayFactory factory) : IClassFixture<LowRateLimitGatewayFactory>
{
    private const int Limit = LowRateLimitGatewayFactory.Limit;

    [Fact]
    public async Task A_client_over_its_limit_gets_429_problem_with_retry_after_while_other_clients_still_pass()
    {
        var busy = factory.CreateClient(factory.MintToken(ClientKind.National, $"busy-{Guid.NewGuid():N}", "enterprises"));
        var calm = factory.CreateClient(factory.MintToken(ClientKind.National, $"calm-{Guid.NewGuid():N}", "enterprises"));
        for (var call = 1; call <= Limit; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync($"/api/enterprises/allowed-{call}")).StatusCode);
        }

        var refusedPath = $"/api/enterprises/refused-{Guid.NewGuid()}";
        var refused = await busy.GetAsync(refusedPath);
        var other = await calm.GetAsync("/api/enterprises/calm");

        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(refusedPath, factory.Downstream.Received);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Gateway_instances_share_the_count_through_redis()
    {
        var token = factory.MintToken(ClientKind.National, $"shared-{Guid.NewGuid():N}", "enterprises");
        await using var secondInstance = factory.WithWebHostBuilder(_ => { });
        var first = factory.CreateClient(token);
        var second = secondInstance.CreateClient();
        second.DefaultRequestHeaders.Authorization = first.DefaultRequestHeaders.Authorization;

        for (var call = 1; call <= Limit; call++)
        {
            var instance = call % 2 == 0 ? second : first;
            Assert.Equal(HttpStatusCode.OK, (await instance.GetAsync($"/api/enterprises/shared-{call}")).StatusCode);
        }

        await (await second.GetAsync("/api/enterprises/one-too-many")).ProblemAsync(HttpStatusCode.TooManyRequests);
        await (await first.GetAsync("/api/enterprises/one-too-many")).ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Anonymous_public_calls_are_counted_by_address()
    {
        var anonymous = factory.CreateClient(token: null);
        for (var call = 1; call <= Limit; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/public/events/open-{call}")).StatusCode);
        }

        var refused = await anonymous.GetAsync("/api/public/events/open");

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Health_probes_are_never_limited()
    {
        var probe = factory.CreateClient(token: null);

        for (var call = 1; call <= Limit * 3; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/alive")).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await probe.GetAsync("/health")).StatusCode);
        }
    }
}
