using CpPlatform.AppHost;
using CpPlatform.AppHost.Servers;

var builder = DistributedApplication.CreateBuilder(args);
var data = PlatformData.From(builder);
builder.UseLocalDashboardDefaults();
builder.StopEverythingBeforeExiting();

var postgres = builder.AddNativePostgres("postgres", data);
var messaging = builder.AddNativeRabbitMQ("messaging", data);
var cache = builder.AddNativeRedis("cache", data);
var identity = PlatformIdentity.Create(builder, data);

// Declared first: the services find its discovery document (and so the token keys) through it.
var gateway = builder.AddProject<Projects.Gateway>("gateway", launchProfileName: null);

var enterprises = builder.AddProject<Projects.Enterprises>("enterprises", launchProfileName: null)
    .AsPlatformService(postgres.AddDatabase("enterprises-db"), messaging, cache, gateway);
var assessments = builder.AddProject<Projects.Assessments>("assessments", launchProfileName: null)
    .AsPlatformService(postgres.AddDatabase("assessments-db"), messaging, cache, gateway);
var financing = builder.AddProject<Projects.Financing>("financing", launchProfileName: null)
    .AsPlatformService(postgres.AddDatabase("financing-db"), messaging, cache, gateway);
var training = builder.AddProject<Projects.Training>("training", launchProfileName: null)
    .AsPlatformService(postgres.AddDatabase("training-db"), messaging, cache, gateway);
var events = builder.AddProject<Projects.Events>("events", launchProfileName: null)
    .AsPlatformService(postgres.AddDatabase("events-db"), messaging, cache, gateway);
var monitoring = builder.AddProject<Projects.Monitoring>("monitoring", launchProfileName: null)
    .AsPlatformService(postgres.AddDatabase("monitoring-db"), messaging, cache, gateway);

var gatewayDb = postgres.AddDatabase("gateway-db");
gateway
    .FromBuiltAssembly()
    .WithHttpEndpoint(port: builder.GatewayPort(), isProxied: false)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithReference(gatewayDb).WaitFor(gatewayDb)
    .WithReference(cache).WaitFor(cache)
    .WithReference(enterprises)
    .WithReference(assessments)
    .WithReference(financing)
    .WithReference(training)
    .WithReference(events)
    .WithReference(monitoring)
    .WithTokenIssuer(identity)
    .WithTraceSampling()
    .WithSettledStartupTiering()
    .WithEnvironment("Gateway__RateLimit__PermitLimit", builder.Configuration["CP_GATEWAY_RATE_LIMIT"] ?? "600");

builder.ReportWhenEverythingIsRunning(gateway, identity);
builder.NoticeReadinessPromptly();

builder.Build().Run();
