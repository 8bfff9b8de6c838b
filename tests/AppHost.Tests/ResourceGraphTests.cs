using CpPlatform.AppHost.Servers;

namespace CpPlatform.AppHost.Tests;

public class ResourceGraphTests
{
    private static readonly string[] Services = ["enterprises", "assessments", "financing", "training", "events", "monitoring"];

    [Fact]
    public async Task Every_service_references_its_database_the_broker_and_the_cache_waits_for_them_and_is_watched_at_health()
    {
        await using var graph = await AppHostGraph.CreateAsync();

        foreach (var service in Services)
        {
            var project = graph.Resource<ProjectResource>(service);
            var environment = await graph.EnvironmentAsync(service);

            Assert.Equal($"{{{service}-db.connectionString}}", environment[$"ConnectionStrings__{service}-db"]);
            Assert.Equal("{messaging.connectionString}", environment["ConnectionStrings__messaging"]);
            Assert.Equal("{cache.connectionString}", environment["ConnectionStrings__cache"]);
            Assert.Equal("http://gateway/.well-known/openid-configuration", environment["Auth__MetadataAddress"]);
            Assert.Equal("{gateway.bindings.http.url}", environment["services__gateway__http__0"]);
            Assert.DoesNotContain(environment.Keys, key => key.StartsWith("Auth__Signing", StringComparison.Ordinal));
            Assert.Equal(["postgres", $"{service}-db", "messaging", "cache"], WaitsFor(project));
            Assert.Contains(project.Annotations.OfType<HealthCheckAnnotation>(), _ => true);
            Assert.Equal($"{service}-db", Assert.IsType<PostgresDatabaseResource>(graph.Resource($"{service}-db")).Name);
        }
    }

    [Fact]
    public async Task Every_service_listens_for_the_gateway_on_an_HTTP2_endpoint_beside_its_HTTP1_one_and_the_gateway_knows_both()
    {
        await using var graph = await AppHostGraph.CreateAsync();
        var gateway = await graph.EnvironmentAsync("gateway");

        foreach (var service in Services)
        {
            var environment = await graph.EnvironmentAsync(service);

            Assert.Equal($"{{{service}.bindings.http.url}}", environment["Kestrel__Endpoints__http__Url"]);
            Assert.Equal($"{{{service}.bindings.h2c.url}}", environment["Kestrel__Endpoints__h2c__Url"]);
            Assert.Equal("Http2", environment["Kestrel__Endpoints__h2c__Protocols"]);
            Assert.DoesNotContain("ASPNETCORE_URLS", environment.Keys);
            Assert.Equal($"{{{service}.bindings.http.url}}", gateway[$"services__{service}__http__0"]);
            Assert.Equal($"{{{service}.bindings.h2c.url}}", gateway[$"services__{service}__h2c__0"]);
        }
    }

    [Fact]
    public async Task Every_project_records_every_trace_unless_a_sample_ratio_is_set_then_all_sample_alike_by_parent()
    {
        await using (var everyTrace = await AppHostGraph.CreateAsync())
        {
            foreach (var name in Services.Append("gateway"))
            {
                Assert.DoesNotContain("OTEL_TRACES_SAMPLER", (await everyTrace.EnvironmentAsync(name)).Keys);
            }
        }

        await using var sampled = await AppHostGraph.CreateAsync(settings: "CP_TRACE_SAMPLE_RATIO=0.05");
        foreach (var name in Services.Append("gateway"))
        {
            var environment = await sampled.EnvironmentAsync(name);
            Assert.Equal("parentbased_traceidratio", environment["OTEL_TRACES_SAMPLER"]);
            Assert.Equal("0.05", environment["OTEL_TRACES_SAMPLER_ARG"]);
        }
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await AppHostGraph.CreateAsync(settings: "CP_TRACE_SAMPLE_RATIO=5%"));
        Assert.Contains("CP_TRACE_SAMPLE_RATIO must be a number from 0 to 1", refused.ToString());
    }

    [Fact]
    public async Task Every_project_waits_a_second_of_settled_start_up_before_tiered_compilation_recompiles_unless_the_operator_chose_a_delay()
    {
        await using (var defaults = await AppHostGraph.CreateAsync())
        {
            foreach (var name in Services.Append("gateway"))
            {
                Assert.Equal("3E8", (await defaults.EnvironmentAsync(name))["DOTNET_TC_CallCountingDelayMs"]);
            }
        }

        await using var chosen = await AppHostGraph.CreateAsync(settings: "DOTNET_TC_CallCountingDelayMs=64");
        foreach (var name in Services.Append("gateway"))
        {
            Assert.Equal("64", (await chosen.EnvironmentAsync(name))["DOTNET_TC_CallCountingDelayMs"]);
        }
    }

    [Fact]
    public async Task Every_project_starts_from_its_built_assembly_without_a_dotnet_run_wrapper()
    {
        await using var graph = await AppHostGraph.CreateAsync();

        foreach (var name in Services.Append("gateway"))
        {
            var launch = Assert.Single(graph.Resource<ProjectResource>(name).Annotations.OfType<ExecutableAnnotation>());
            var assembly = Assert.Single(await graph.ArgumentsAsync(name));

            Assert.Equal("dotnet", launch.Command);
            Assert.EndsWith(".dll", assembly, StringComparison.Ordinal);
            Assert.True(File.Exists(assembly), $"{name}: {assembly} was not built");
            Assert.Equal(Path.GetDirectoryName(graph.Resource<ProjectResource>(name).GetProjectMetadata().ProjectPath), launch.WorkingDirectory);
        }
    }

    [Fact]
    public async Task The_gateway_is_external_on_the_configured_port_routes_to_every_service_and_issues_the_tokens()
    {
        await using var graph = await AppHostGraph.CreateAsync(settings: "CP_GATEWAY_PORT=18080");

        var gateway = graph.Resource<ProjectResource>("gateway");
        var http = Assert.Single(gateway.Annotations.OfType<EndpointAnnotation>(), endpoint => endpoint.Name == "http");
        var environment = await graph.EnvironmentAsync("gateway");

        Assert.True(http.IsExternal);
        Assert.Equal(18080, http.Port);
        Assert.All(Services, service => Assert.Equal($"{{{service}.bindings.http.url}}", environment[$"services__{service}__http__0"]));
        Assert.Equal("{gateway-db.connectionString}", environment["ConnectionStrings__gateway-db"]);
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("Auth__Signing", StringComparison.Ordinal));
        Assert.EndsWith(Path.Combine("keys", "gateway-data-protection"), environment["Gateway__DataProtection__KeysPath"]);
        Assert.Equal("{admin-client-secret.value}", environment["Gateway__BootstrapAdmin__ClientSecret"]);
        Assert.Equal(["postgres", "gateway-db", "cache"], WaitsFor(gateway));
        Assert.True(graph.Resource<ParameterResource>("admin-client-secret").Secret);
    }

    [Fact]
    public async Task The_servers_run_the_machines_own_binaries_on_ports_dcp_allocates_with_data_under_the_data_folder()
    {
        await using var graph = await AppHostGraph.CreateAsync();

        var postgres = graph.Resource<PostgresServerResource>("postgres");
        var messaging = graph.Resource<RabbitMQServerResource>("messaging");
        var cache = graph.Resource<RedisServerResource>("cache");

        foreach (var (server, script) in new (ExecutableResource, string)[] { (postgres, "postgres"), (messaging, "rabbitmq"), (cache, "redis") })
        {
            Assert.Equal(["eng/servers.sh", "run", script], await graph.ArgumentsAsync(server.Name));
            Assert.All(server.Annotations.OfType<EndpointAnnotation>(), endpoint => Assert.False(endpoint.IsProxied));
            Assert.All(server.Annotations.OfType<EndpointAnnotation>(), endpoint => Assert.Null(endpoint.Port));
            Assert.Single(server.Annotations.OfType<HealthCheckAnnotation>());
            Assert.Equal(Path.Combine(graph.DataDirectory, "servers"), (await graph.EnvironmentAsync(server.Name))["CP_SERVERS_DIR"]);
        }
        Assert.Equal(["messaging-epmd"], WaitsFor(messaging));
        Assert.Equal("{postgres-password.value}", (await graph.EnvironmentAsync("postgres"))["CP_PG_PASSWORD"]);
        Assert.True(postgres.Password.Secret);
        // Every database's pool together stays under the server's connection limit.
        Assert.Equal("500", (await graph.EnvironmentAsync("postgres"))["CP_PG_MAX_CONNECTIONS"]);
        Assert.Contains("Maximum Pool Size=50", postgres.ConnectionStringExpression.ValueExpression);
        var pools = graph.Builder.Resources.OfType<PostgresDatabaseResource>().Count();
        Assert.True(pools * PostgresServerResource.PoolSize < PostgresServerResource.MaxConnections, $"{pools} pools of {PostgresServerResource.PoolSize}");
    }

    [Fact]
    public async Task Given_connection_strings_the_servers_are_external_and_none_is_started()
    {
        await using var graph = await AppHostGraph.CreateAsync(null,
            "ConnectionStrings:postgres=Host=db.internal;Port=5432;Username=cp;Password=secret",
            "ConnectionStrings:messaging=amqp://cp:secret@mq.internal:5672/",
            "ConnectionStrings:cache=cache.internal:6379");

        Assert.DoesNotContain(graph.Builder.Resources, resource =>
            resource is PostgresServerResource or RabbitMQServerResource or RedisServerResource || resource.Name == "messaging-epmd");
        Assert.All(new[] { "postgres", "messaging", "cache" }, name =>
            Assert.IsAssignableFrom<ParameterResource>(Assert.IsAssignableFrom<IResourceWithConnectionString>(graph.Resource(name))));
        var database = graph.Resource<PostgresDatabaseResource>("financing-db");
        Assert.Equal("Host=db.internal;Port=5432;Username=cp;Password=secret;Database=financing",
            await database.ConnectionStringExpression.GetValueAsync(CancellationToken.None));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_identity_and_server_passwords_are_made_on_the_first_run_kept_owner_only_and_reused()
    {
        string adminSecret, postgresPassword, dataDirectory;
        await using (var first = await AppHostGraph.CreateAsync())
        {
            dataDirectory = first.DataDirectory;
            adminSecret = (await first.Resource<ParameterResource>("admin-client-secret").GetValueAsync(default))!;
            postgresPassword = (await first.Resource<ParameterResource>("postgres-password").GetValueAsync(default))!;

            var credentials = Path.Combine(dataDirectory, "admin-client.json");
            Assert.Contains(adminSecret, File.ReadAllText(credentials));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(credentials));

            await using var second = await AppHostGraph.CreateAsync(CopyOf(dataDirectory));
            Assert.Equal(adminSecret, await second.Resource<ParameterResource>("admin-client-secret").GetValueAsync(default));
            Assert.Equal(postgresPassword, await second.Resource<ParameterResource>("postgres-password").GetValueAsync(default));
        }
        Assert.Matches("^[0-9a-f]{32}$", postgresPassword);
    }

    [Fact]
    public async Task A_taken_default_gateway_port_is_replaced_by_a_free_one()
    {
        using var taken = TryListen(8080);
        await using var graph = await AppHostGraph.CreateAsync();

        var http = Assert.Single(graph.Resource<ProjectResource>("gateway").Annotations.OfType<EndpointAnnotation>(), endpoint => endpoint.Name == "http");

        Assert.NotEqual(8080, http.Port);
        Assert.NotNull(http.Port);
    }

    private static string[] WaitsFor(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).ToArray();

    private static string CopyOf(string directory)
    {
        var copy = Directory.CreateTempSubdirectory("cp-apphost-graph-").FullName;
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    /// <summary>Holds the port when it is free; when something else already listens there, it is taken anyway.</summary>
    private static IDisposable? TryListen(int port)
    {
        try
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return listener;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return null;
        }
    }
}
