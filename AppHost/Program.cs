using CpPlatform.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var messaging = builder.AddRabbitMQ("messaging");
var cache = builder.AddRedis("cache");
var identity = builder.AddPlatformIdentity();

var enterprises = builder.AddProject("enterprises", "services/Enterprises/Enterprises.csproj")
    .WithReference(postgres.AddDatabase("enterprises-db"))
    .WithReference(messaging)
    .WithReference(cache)
    .WithReference(identity);

var assessments = builder.AddProject("assessments", "services/Assessments/Assessments.csproj")
    .WithReference(postgres.AddDatabase("assessments-db"))
    .WithReference(messaging)
    .WithReference(cache)
    .WithReference(identity);

var financing = builder.AddProject("financing", "services/Financing/Financing.csproj")
    .WithReference(postgres.AddDatabase("financing-db"))
    .WithReference(messaging)
    .WithReference(cache)
    .WithReference(identity);

var training = builder.AddProject("training", "services/Training/Training.csproj")
    .WithReference(postgres.AddDatabase("training-db"))
    .WithReference(messaging)
    .WithReference(cache)
    .WithReference(identity);

var events = builder.AddProject("events", "services/Events/Events.csproj")
    .WithReference(postgres.AddDatabase("events-db"))
    .WithReference(messaging)
    .WithReference(cache)
    .WithReference(identity);

builder.AddProject("gateway", "gateway/Gateway.csproj")
    .WithReference(postgres.AddDatabase("gateway-db"))
    .WithReference(cache)
    .WithReference(enterprises)
    .WithReference(assessments)
    .WithReference(financing)
    .WithReference(training)
    .WithReference(events)
    .WithTokenIssuer(identity)
    .WithEnvironment("Gateway__RateLimit__PermitLimit", builder.Configuration["CP_GATEWAY_RATE_LIMIT"] ?? "600")
    .WithHttpPort(builder.GatewayPort);

return await builder.Build().RunAsync();
