using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

// The ceiling of one proxy hop on this machine: YARP forwarding every request over HTTP/2 (as the gateway calls a
// service), nothing else (no logging, telemetry, authentication or rate limiting). eng/bench.sh measures it beside the
// gateway, so what the gateway costs beyond a hop can be told from what any hop costs.
//   BARE_BACKEND: where requests go (the bare Kestrel's HTTP/2 endpoint);
//   BARE_ROUTES: "path=address ..." (optional): requests under a path go to its address instead (eng/bench.sh gives each
//   scenario's path and its service's HTTP/2 endpoint, so the same hop is also measured in front of the real service).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var backend = builder.Configuration["BARE_BACKEND"] ?? throw new InvalidOperationException("BARE_BACKEND (the bare Kestrel's address) is not set.");

List<RouteConfig> routes = [new() { RouteId = "bare", ClusterId = "bare", Order = 1, Match = new RouteMatch { Path = "/{**rest}" } }];
List<ClusterConfig> clusters = [Http2Cluster("bare", backend)];
var servicePaths = (builder.Configuration["BARE_ROUTES"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
foreach (var (servicePath, index) in servicePaths.Select((servicePath, index) => (servicePath, index)))
{
    if (servicePath.Split('=', 2) is not [var path, var address] || !path.StartsWith('/'))
    {
        throw new InvalidOperationException($"BARE_ROUTES entry '{servicePath}' is not path=address.");
    }
    routes.Add(new RouteConfig { RouteId = $"service{index}", ClusterId = $"service{index}", Order = 0, Match = new RouteMatch { Path = path.TrimEnd('/') + "/{**rest}" } });
    clusters.Add(Http2Cluster($"service{index}", address));
}
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);

var app = builder.Build();
app.MapReverseProxy();
app.Run();

static ClusterConfig Http2Cluster(string id, string address) => new()
{
    ClusterId = id,
    Destinations = new Dictionary<string, DestinationConfig> { [id] = new() { Address = address } },
    HttpRequest = new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact },
};
