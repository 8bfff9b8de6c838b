using CpPlatform.Gateway.Data;
using CpPlatform.Gateway.Identity;
using CpPlatform.Gateway.Proxy;
using CpPlatform.Gateway.RateLimiting;
using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Gateway;

public static class GatewayServiceExtensions
{
    public const string DatabaseName = "gateway-db";

    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<GatewayDbContext>(DatabaseName);
        builder.AddIdentityServer();
        builder.AddBootstrapAdmin();
        builder.AddClientRateLimits();
        builder.AddServiceProxy();
        return builder;
    }
}
