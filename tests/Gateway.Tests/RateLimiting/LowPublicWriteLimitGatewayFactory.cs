using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>A gateway where anonymous callers may send only a few writes to public routes per window.</summary>
public class LowPublicWriteLimitGatewayFactory : GatewayFactory
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gateway:RateLimit:AnonymousPublicWritePermitLimit", Limit.ToString(CultureInfo.InvariantCulture));
    }
}
