namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>A gateway whose Redis address is a closed port: Redis is down for its whole life.</summary>
public class GatewayWithoutRedisFactory : GatewayFactory
{
    public const int Limit = 3;

    private readonly int _closedPort = ClosedPort();

    protected override int PermitLimit => Limit;

    protected override string CacheConnectionString => $"127.0.0.1:{_closedPort}";
}
