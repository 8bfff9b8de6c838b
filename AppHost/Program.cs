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

return await builder.Build().RunAsync();
