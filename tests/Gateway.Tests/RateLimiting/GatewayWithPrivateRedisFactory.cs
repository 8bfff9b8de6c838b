namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>A gateway on a Redis of its own, which its tests may freeze without disturbing the shared test Redis.</summary>
public class GatewayWithPrivateRedisFactory : GatewayFactory
{
    public PrivateRedisServer Redis { get; private set; } = null!;

    protected override string CacheConnectionString => Redis.ConnectionString;

    public override async Task InitializeAsync()
    {
        Redis = await PrivateRedisServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Redis is { } redis)
        {
            Redis = null!;
            await redis.DisposeAsync();
        }
    }
}
