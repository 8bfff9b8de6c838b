using System.Net;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

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
    public const string Http2Endpoint = "h2c";

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

    /// <summary>
    /// The service's cluster, or null while it has no address (it is not deployed yet). A service with an HTTP/2
    /// endpoint (<c>services:&lt;name&gt;:h2c</c>, which the AppHost gives every service) is called over HTTP/2 without TLS
    /// on it: many calls share a connection, which cost less per proxied call on this machine (README, Benchmarks).
    /// </summary>
    private ClusterConfig? Cluster(string service)
    {
        if (!HasAddress(configuration.GetSection($"services:{service}")))
        {
            return null;
        }
        var http2 = HasAddress(configuration.GetSection($"services:{service}:{Http2Endpoint}"));
        return new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = http2 ? $"http://_{Http2Endpoint}.{service}" : $"http://{service}" },
            },
            HttpRequest = http2 ? new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact } : null,
        };
    }

    private static bool HasAddress(IConfigurationSection section) =>
        section.AsEnumerable().Any(setting => !string.IsNullOrEmpty(setting.Value));

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
