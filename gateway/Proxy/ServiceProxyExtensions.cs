using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy.Configuration;

namespace CpPlatform.Gateway.Proxy;

public static class ServiceProxyExtensions
{
    public static IHostApplicationBuilder AddServiceProxy(this IHostApplicationBuilder builder)
    {
        // Destinations are logical (http://enterprises); service discovery turns them into the configured addresses.
        builder.Services.AddReverseProxy().AddServiceDiscoveryDestinationResolver();
        builder.Services.AddSingleton<IProxyConfigProvider, ServiceProxyConfigProvider>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.GatewayToken, policy => policy.RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>
    /// An <c>/api</c> path no service serves (yet) answers 404 as problem details, and still only to a caller with a
    /// token, so the edge reveals nothing to anonymous callers outside <c>/api/public</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapUnroutedApiFallbacks(this IEndpointRouteBuilder app)
    {
        app.MapFallback(ServiceRoute.PublicPrefix + "/{**path}", NotFound).AllowAnonymous().ExcludeFromDescription();
        app.MapFallback("/api/{**path}", NotFound).RequireAuthorization(GatewayPolicies.GatewayToken).ExcludeFromDescription();
        return app;
    }

    private static NotFound NotFound() => TypedResults.NotFound();
}
