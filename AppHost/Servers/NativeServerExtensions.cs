using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpPlatform.AppHost.Servers;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis as Aspire resources that run the machine's own binaries (no container runtime exists
/// here). Given <c>ConnectionStrings__&lt;name&gt;</c>, the server is someone else's: it becomes a connection-string
/// resource and nothing is started. Installing the server packages is the run command's job (<c>eng/run.sh</c>).
/// </summary>
public static class NativeServerExtensions
{
    private const string Shell = "bash";
    private const string ServersScript = "eng/servers.sh";

    public static IResourceBuilder<IResourceWithConnectionString> AddNativePostgres(
        this IDistributedApplicationBuilder builder, string name, PlatformData data)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
        {
            return builder.AddConnectionString(name);
        }
        var password = builder.AddParameter($"{name}-password", data.Password(name), secret: true);
        var server = new PostgresServerResource(name, Shell, data.RepositoryRoot, password.Resource);
        return builder.AddResource(server)
            .WithArgs(ServersScript, "run", "postgres")
            .WithEndpoint(PostgresServerResource.EndpointName, endpoint => Unproxied(endpoint, "tcp"))
            .WithServersDirectory(data)
            .WithEnvironment("CP_PG_PORT", server.Endpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("CP_PG_USER", PostgresServerResource.UserName)
            .WithEnvironment("CP_PG_PASSWORD", password)
            .WithEnvironment("CP_PG_MAX_CONNECTIONS", PostgresServerResource.MaxConnections.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithConnectionHealthCheck(builder, (services, connectionString) => services.AddHealthChecks()
                .AddNpgSql(_ => connectionString() + ";Database=postgres", name: $"{name}-check"));
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddNativeRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, PlatformData data)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
        {
            return builder.AddConnectionString(name);
        }
        // Its own epmd in the foreground: started by the node instead, it would outlive the node as a daemon.
        var epmd = builder.AddExecutable($"{name}-epmd", Shell, data.RepositoryRoot, ServersScript, "run", "epmd")
            .WithEndpoint("tcp", endpoint => Unproxied(endpoint, "tcp"))
            .WithServersDirectory(data);
        var epmdPort = epmd.GetEndpoint("tcp").Property(EndpointProperty.TargetPort);
        epmd.WithEnvironment("CP_EPMD_PORT", epmdPort);

        var password = builder.AddParameter($"{name}-password", data.Password(name), secret: true);
        var server = new RabbitMQServerResource(name, Shell, data.RepositoryRoot, password.Resource);
        return builder.AddResource(server)
            .WithArgs(ServersScript, "run", "rabbitmq")
            .WithEndpoint(RabbitMQServerResource.EndpointName, endpoint => Unproxied(endpoint, "amqp"))
            .WithEndpoint(RabbitMQServerResource.ManagementEndpointName, endpoint => Unproxied(endpoint, "http"))
            .WithEndpoint("distribution", endpoint => Unproxied(endpoint, "tcp"))
            .WithServersDirectory(data)
            .WithEnvironment("CP_RABBIT_PORT", server.Endpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("CP_RABBIT_MGMT_PORT", server.ManagementEndpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("CP_RABBIT_DIST_PORT", server.GetEndpoint("distribution").Property(EndpointProperty.TargetPort))
            .WithEnvironment("CP_EPMD_PORT", epmdPort)
            .WithEnvironment("CP_RABBIT_NODE", $"cp-{name}")
            .WithEnvironment("CP_RABBIT_USER", RabbitMQServerResource.UserName)
            .WithEnvironment("CP_RABBIT_PASSWORD", password)
            .WaitFor(epmd)
            .WithConnectionHealthCheck(builder, (services, connectionString) => services.AddHealthChecks()
                .AddRabbitMQ(async _ => await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(connectionString()) }.CreateConnectionAsync(),
                    name: $"{name}-check"));
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddNativeRedis(
        this IDistributedApplicationBuilder builder, string name, PlatformData data)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
        {
            return builder.AddConnectionString(name);
        }
        var server = new RedisServerResource(name, Shell, data.RepositoryRoot);
        return builder.AddResource(server)
            .WithArgs(ServersScript, "run", "redis")
            .WithEndpoint(RedisServerResource.EndpointName, endpoint => Unproxied(endpoint, "tcp"))
            .WithServersDirectory(data)
            .WithEnvironment("CP_REDIS_PORT", server.Endpoint.Property(EndpointProperty.TargetPort))
            .WithConnectionHealthCheck(builder, (services, connectionString) => services.AddHealthChecks()
                .AddRedis(_ => connectionString(), name: $"{name}-check"));
    }

    /// <summary>
    /// A database of the server for one service. It has no process of its own: it is running once its server is.
    /// </summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<IResourceWithConnectionString> server, string name)
    {
        var database = new PostgresDatabaseResource(name, name.Replace("-db", "", StringComparison.Ordinal), server.Resource);
        var builder = server.ApplicationBuilder;
        var resource = builder.AddResource(database);
        if (server.Resource is not ExecutableResource)
        {
            // Someone else's server: there is nothing to wait for.
            return resource.WithInitialState(DatabaseState(database, KnownResourceStates.Running));
        }
        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, (@event, _) =>
            @event.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            }));
        return resource.WithInitialState(DatabaseState(database, KnownResourceStates.Waiting));
    }

    private static CustomResourceSnapshot DatabaseState(PostgresDatabaseResource database, string state) => new()
    {
        ResourceType = "PostgresDatabase",
        State = state,
        Properties = [new("database", database.DatabaseName)],
    };

    // DCP picks a free port and the server binds it itself: no proxy between the services and their servers.
    private static void Unproxied(EndpointAnnotation endpoint, string scheme)
    {
        endpoint.UriScheme = scheme;
        endpoint.IsProxied = false;
    }

    private static IResourceBuilder<T> WithServersDirectory<T>(this IResourceBuilder<T> server, PlatformData data)
        where T : IResourceWithEnvironment =>
        server.WithEnvironment("CP_SERVERS_DIR", data.ServersDirectory);

    /// <summary>
    /// A health check that connects with the resource's connection string, known once DCP has allocated its ports.
    /// </summary>
    private static IResourceBuilder<T> WithConnectionHealthCheck<T>(
        this IResourceBuilder<T> server,
        IDistributedApplicationBuilder builder,
        Action<IServiceCollection, Func<string>> register)
        where T : IResourceWithConnectionString
    {
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(server.Resource, async (_, cancellationToken) =>
            connectionString = await server.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken));
        register(builder.Services, () => connectionString
            ?? throw new InvalidOperationException($"{server.Resource.Name} has no connection string yet."));
        return server.WithHealthCheck($"{server.Resource.Name}-check");
    }
}
