using Microsoft.Extensions.Configuration;

namespace CpPlatform.AppHost.Hosting;

/// <summary>Declares the resource graph, in the shape of Aspire's <c>IDistributedApplicationBuilder</c>.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    private readonly PlatformIdentity _identity = new();

    internal DistributedApplicationBuilder(string[] args)
    {
        Configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        RepositoryRoot = FindRepositoryRoot();
        DataDirectory = Path.GetFullPath(Configuration["CP_DATA_DIR"] ?? Path.Combine(RepositoryRoot, ".cpdata"));
        Dashboard = new DashboardHost(Configuration);
    }

    public IConfiguration Configuration { get; }
    public string RepositoryRoot { get; }
    public string DataDirectory { get; }

    /// <summary>The ops dashboard every project exports its telemetry to.</summary>
    public DashboardHost Dashboard { get; }

    /// <summary>The gateway's public port: <c>CP_GATEWAY_PORT</c>, default 8080.</summary>
    public int GatewayPort => Configuration.GetValue("CP_GATEWAY_PORT", 8080);

    public PostgresServer AddPostgres(string name) =>
        Add(new PostgresServer(name, External(name), Configuration.GetValue("CP_APPHOST_PG_PORT", 55432)));

    public RabbitMqServer AddRabbitMQ(string name) =>
        Add(new RabbitMqServer(name, External(name), Configuration.GetValue("CP_APPHOST_RABBIT_PORT", 55672),
            Configuration.GetValue("CP_APPHOST_RABBIT_MGMT_PORT", 15682), "cp-apphost"));

    public RedisServer AddRedis(string name) =>
        Add(new RedisServer(name, External(name), Configuration.GetValue("CP_APPHOST_REDIS_PORT", 56379)));

    /// <summary>A project of this repository, e.g. <c>services/Enterprises/Enterprises.csproj</c>.</summary>
    public ProjectResourceBuilder AddProject(string name, string projectPath)
    {
        var project = Add(new ProjectResource(name, projectPath));
        project.SetEnvironment("OTEL_SERVICE_NAME", () => name);
        project.SetEnvironment("OTEL_RESOURCE_ATTRIBUTES", () => $"service.instance.id={name}-{Environment.ProcessId}");
        foreach (var (variable, value) in Dashboard.ExporterEnvironment())
        {
            project.SetEnvironment(variable, value);
        }
        var environmentName = Configuration["ASPNETCORE_ENVIRONMENT"] ?? Configuration["DOTNET_ENVIRONMENT"] ?? "Development";
        project.SetEnvironment("ASPNETCORE_ENVIRONMENT", () => environmentName);
        return new ProjectResourceBuilder(project);
    }

    /// <summary>The platform's token signing key and bootstrap admin client (made on the first run).</summary>
    public PlatformIdentity AddPlatformIdentity() => _identity;

    public DistributedApplication Build()
    {
        var echo = Configuration.GetValue("CP_APPHOST_ECHO_LOGS", true);
        var context = new AppHostContext(RepositoryRoot, DataDirectory, Configuration, new ResourceLogs(Path.Combine(DataDirectory, "logs"), echo));
        return new DistributedApplication(context, _resources, _identity, Dashboard);
    }

    /// <summary>External mode: <c>ConnectionStrings__{name}</c> names a server the AppHost uses without starting one.</summary>
    private string? External(string name) => Configuration.GetConnectionString(name) is { Length: > 0 } connectionString ? connectionString : null;

    private T Add<T>(T resource) where T : Resource
    {
        _resources.Add(resource);
        return resource;
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CpPlatform.sln")))
                {
                    return folder.FullName;
                }
            }
        }
        throw new InvalidOperationException("Run the AppHost from inside the repository (no CpPlatform.sln found above it).");
    }
}
