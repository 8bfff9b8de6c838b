using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

// The ceiling of one proxy hop on this machine: YARP forwarding every request to BARE_BACKEND (the bare Kestrel's
// HTTP/2 endpoint, as the gateway calls a service's), nothing else (no logging, telemetry, authentication or rate
// limiting). eng/bench.sh measures it beside the gateway, so what the gateway costs beyond a hop can be told from what
// any hop costs.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var backend = builder.Configuration["BARE_BACKEND"] ?? throw new InvalidOperationException("BARE_BACKEND (the bare Kestrel's address) is not set.");
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "all", ClusterId = "bare", Match = new RouteMatch { Path = "/{**rest}" } }],
    [new ClusterConfig
    {
        ClusterId = "bare",
        Destinations = new Dictionary<string, DestinationConfig> { ["bare"] = new() { Address = backend } },
        HttpRequest = new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact },
    }]);
var app = builder.Build();
app.MapReverseProxy();
app.Run();
