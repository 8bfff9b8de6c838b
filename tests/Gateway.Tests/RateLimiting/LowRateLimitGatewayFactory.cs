namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>A gateway whose clients may make only a few calls per window.</summary>
public class LowRateLimitGatewayFactory : GatewayFactory
{
    public const int Limit = 5;

    protected override int PermitLimit => Limit;
}
