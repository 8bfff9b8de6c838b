namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// PostgreSQL, RabbitMQ or Redis from the machine's own packages, started and stopped by <c>eng/servers.sh</c> (the
/// script the tests use too) with data under <c>{data}/servers</c>. Given a connection string
/// (<c>ConnectionStrings__{name}</c>), the AppHost uses that server instead and starts none (external mode).
/// </summary>
public abstract class ServerResource : Resource, IResourceWithConnectionString
{
    private readonly string _scriptName;
    private readonly string? _externalConnectionString;
    private readonly Dictionary<string, string> _scriptEnvironment = [];
    private string _serversDirectory = "";

    protected ServerResource(string name, string scriptName, string? externalConnectionString) : base(name)
    {
        _scriptName = scriptName;
        _externalConnectionString = externalConnectionString;
    }

    public bool IsExternal => _externalConnectionString is not null;

    public string ConnectionString => _externalConnectionString ?? LocalConnectionString;

    protected abstract string LocalConnectionString { get; }

    /// <summary>The file the server writes its process id to, relative to the servers folder.</summary>
    protected abstract string? PidFile(string serversDirectory);

    public override int? Pid =>
        !IsExternal && PidFile(_serversDirectory) is { } file && File.Exists(file)
        && int.TryParse(File.ReadLines(file).FirstOrDefault()?.Trim(), out var pid)
            ? pid
            : null;

    /// <summary>Chooses ports (the preferred one when free) and the settings <c>eng/servers.sh</c> reads.</summary>
    protected abstract void ConfigurePorts(IDictionary<string, string> scriptEnvironment);

    internal override async Task StartAsync(AppHostContext context, CancellationToken cancellationToken)
    {
        if (IsExternal)
        {
            MarkReady();
            return;
        }
        State = ResourceState.Starting;
        _serversDirectory = Path.Combine(context.DataDirectory, "servers");
        _scriptEnvironment["CP_SERVERS_DIR"] = _serversDirectory;
        ConfigurePorts(_scriptEnvironment);

        var log = context.Logs.For(Name);
        var exitCode = await RunScriptAsync(context, "start", log);
        if (exitCode != 0)
        {
            var failure = new ResourceStartException(Name, $"eng/servers.sh start {_scriptName} exited with {exitCode}", log.Tail(30));
            MarkFailed(failure);
            throw failure;
        }
        StartedAt = DateTimeOffset.UtcNow;
        MarkReady();
    }

    internal override async Task StopAsync(AppHostContext context)
    {
        if (IsExternal || State is ResourceState.Waiting or ResourceState.Stopped)
        {
            return;
        }
        State = ResourceState.Stopping;
        await RunScriptAsync(context, "stop", context.Logs.For(Name));
        State = ResourceState.Stopped;
    }

    /// <summary>Installs the packages a set of servers needs once, before they start side by side.</summary>
    internal static async Task InstallAsync(AppHostContext context, IEnumerable<ServerResource> servers)
    {
        var local = servers.Where(server => !server.IsExternal).Select(server => server._scriptName).ToList();
        if (local.Count == 0)
        {
            return;
        }
        var log = context.Logs.For("install");
        var exitCode = await ChildProcess.RunAsync("bash", [Script(context), "install", .. local], context.RepositoryRoot,
            new Dictionary<string, string>(), log, TimeSpan.FromMinutes(10));
        if (exitCode != 0)
        {
            throw new ResourceStartException("install", "the servers' packages could not be installed", log.Tail(30));
        }
    }

    private Task<int> RunScriptAsync(AppHostContext context, string command, ResourceLog log) =>
        ChildProcess.RunAsync("bash", [Script(context), command, _scriptName], context.RepositoryRoot, _scriptEnvironment, log,
            TimeSpan.FromMinutes(3));

    private static string Script(AppHostContext context) => Path.Combine(context.RepositoryRoot, "eng", "servers.sh");
}
