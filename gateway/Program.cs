using CpPlatform.Gateway;
using CpPlatform.Gateway.Apis;
using CpPlatform.Gateway.Http;
using CpPlatform.Gateway.Proxy;
using CpPlatform.Gateway.RateLimiting;
using CpPlatform.Gateway.SigningKeys;
using CpPlatform.Gateway.Tokens;
using CpPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseRequestId();
app.UseTokenEndpointRateLimits();
app.UseTokenRequestGuard();
app.MapDefaultEndpoints();
app.UseClientRateLimits();
app.MapTokenEndpoint();
app.MapClientsApi();
app.MapSigningKeysApi();
app.MapReverseProxy(ProxyPipeline.Configure);
app.MapUnroutedApiFallbacks();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
