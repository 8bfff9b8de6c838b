using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace CpPlatform.Gateway.Proxy;

/// <summary>
/// Builds YARP's routes and clusters for the services that have addresses in configuration (Aspire's
/// <c>services:&lt;name&gt;:http:&lt;n&gt;</c>), read when YARP asks and again whenever configuration reloads. A cluster's
/// one destination is the service's logical name (<c>http://enterprises</c>), which service discovery resolves to
/// every configured address.
/// </summary>
internal sealed class ServiceProxyConfigProvider(IConfiguration configuration, ILogger<ServiceProxyConfigProvider> logger)
    : IProxyConfigProvider
{
    public const string OpenApiDocument = "/openapi/v1.json";

    public IProxyConfig GetConfig()
    {
        var clusters = ServiceRoutes.All.Select(route => route.Service).Distinct()
            .Select(Cluster)
            .OfType<ClusterConfig>()
            .ToList();
        var routed = clusters.Select(cluster => cluster.ClusterId).ToHashSet(StringComparer.Ordinal);
        var routes = ServiceRoutes.All.Where(route => routed.Contains(route.Service)).Select(Route)
            .Concat(routed.Select(OpenApiRoute))
            .ToList();
        logger.LogInformation("Proxying to {Services}", routed.Count == 0 ? "no service" : string.Join(", ", routed));
        return new ServiceProxyConfig(routes, clusters, configuration.GetReloadToken());
    }

    /// <summary>The service's cluster, or null while it has no address (it is not deployed yet).</summary>
    private ClusterConfig? Cluster(string service) =>
        configuration.GetSection($"services:{service}").GetChildren().Any(scheme => scheme.GetChildren().Any(endpoint => !string.IsNullOrEmpty(endpoint.Value)))
            ? new ClusterConfig
            {
                ClusterId = service,
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    [service] = new() { Address = $"http://{service}" },
                },
            }
            : null;

    private static RouteConfig Route(ServiceRoute route) => new()
    {
        RouteId = $"{route.Service}:{route.PathPrefix}",
        ClusterId = route.Service,
        Match = new RouteMatch { Path = route.PathPrefix + "/{**rest}" },
        AuthorizationPolicy = route.IsPublic ? GatewayPolicies.Anonymous : GatewayPolicies.GatewayToken,
    };

    /// <summary><c>/openapi/enterprises.json</c> is the enterprises service's own <c>/openapi/v1.json</c>.</summary>
    private static RouteConfig OpenApiRoute(string service) => new()
    {
        RouteId = $"{service}:openapi",
        ClusterId = service,
        Match = new RouteMatch { Path = $"/openapi/{service}.json", Methods = ["GET", "HEAD"] },
        AuthorizationPolicy = GatewayPolicies.Anonymous,
        Transforms = [new Dictionary<string, string> { ["PathSet"] = OpenApiDocument }],
    };

    private sealed class ServiceProxyConfig(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters, IChangeToken changeToken)
        : IProxyConfig
    {
        public IReadOnlyList<RouteConfig> Routes => routes;
        public IReadOnlyList<ClusterConfig> Clusters => clusters;
        public IChangeToken ChangeToken => changeToken;
    }
}
