using System.Diagnostics;
using System.Xml.Linq;

namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// A .NET project of the repository, already built with the AppHost, run as a process on a loopback port. It starts once
/// what it waits for is healthy, counts as running once its <c>/health</c> answers 200, and is restarted with backoff
/// when it crashes.
/// </summary>
public sealed class ProjectResource(string name, string projectPath) : Resource(name)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    // Enough for a .NET start-up exception: its message line comes before the whole stack trace.
    private const int FailureTailLines = 40;

    private readonly Dictionary<string, Func<string>> _environment = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly SemaphoreSlim _operatorCommand = new(1, 1);
    private Process? _process;
    private bool _stopping;
    private AppHostContext? _context;
    private CancellationToken _lifetime;
    private Task _supervision = Task.CompletedTask;

    /// <summary>Relative to the repository root, e.g. <c>services/Enterprises/Enterprises.csproj</c>.</summary>
    public string ProjectPath { get; } = projectPath;

    public int? PreferredPort { get; internal set; }
    public int Port { get; private set; }
    public override int? Pid => _process is { HasExited: false } process ? process.Id : null;
    public override string? Url => Port == 0 ? null : $"http://127.0.0.1:{Port}";

    /// <summary>The environment the process gets: values are computed at start, once ports and keys are known.</summary>
    public IReadOnlyDictionary<string, Func<string>> Environment => _environment;

    internal void SetEnvironment(string name, Func<string> value) => _environment[name] = value;

    /// <summary>Chosen before anything starts, so resources referencing this one know its URL.</summary>
    internal void AssignPort() => Port = PreferredPort is { } preferred ? RequireFree(preferred) : Ports.Free();

    internal override async Task StartAsync(AppHostContext context, CancellationToken cancellationToken)
    {
        _context = context;
        _lifetime = cancellationToken;
        State = ResourceState.Starting;
        var log = context.Logs.For(Name);
        try
        {
            await LaunchAndWaitHealthyAsync(context, log, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = exception as ResourceStartException ?? new ResourceStartException(Name, exception.Message, log.Tail(FailureTailLines));
            MarkFailed(failure);
            throw failure;
        }
        MarkReady();
        _supervision = SuperviseAsync(context, log, cancellationToken);
    }

    /// <summary>An operator's stop (from the dashboard): the process ends and is not restarted until started again.</summary>
    public async Task StopByOperatorAsync()
    {
        await _operatorCommand.WaitAsync();
        try
        {
            await StopAndEndSupervisionAsync();
        }
        finally
        {
            _operatorCommand.Release();
        }
    }

    /// <summary>An operator's restart: stop, then start and wait for health as at start-up (not counted as a crash).</summary>
    public async Task RestartByOperatorAsync()
    {
        await _operatorCommand.WaitAsync();
        try
        {
            await StopAndEndSupervisionAsync();
            await StartAgainAsync();
        }
        finally
        {
            _operatorCommand.Release();
        }
    }

    /// <summary>Starts a project an operator stopped; a running one is left alone.</summary>
    public async Task StartByOperatorAsync()
    {
        await _operatorCommand.WaitAsync();
        try
        {
            if (_process is { HasExited: false })
            {
                return;
            }
            await _supervision;
            await StartAgainAsync();
        }
        finally
        {
            _operatorCommand.Release();
        }
    }

    /// <summary>Asks <c>/health</c> now: <c>Healthy</c>, <c>Unhealthy</c>, or empty when the process is not running.</summary>
    public async Task<string> ProbeHealthAsync(CancellationToken cancellationToken)
    {
        if (_process is not { HasExited: false } || State != ResourceState.Running)
        {
            return "";
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            return await IsHealthyAsync(timeout.Token) ? "Healthy" : "Unhealthy";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "Unhealthy";
        }
    }

    private async Task StopAndEndSupervisionAsync()
    {
        if (_context is null)
        {
            throw new InvalidOperationException($"{Name} has not been started by the AppHost.");
        }
        await StopAsync(_context);
        await _supervision;
    }

    private async Task StartAgainAsync()
    {
        if (_context is null || _lifetime.IsCancellationRequested)
        {
            return;
        }
        _stopping = false;
        State = ResourceState.Starting;
        var log = _context.Logs.For(Name);
        _context.Logs.Host($"{Name}: started by an operator");
        try
        {
            await LaunchAndWaitHealthyAsync(_context, log, _lifetime);
        }
        catch (ResourceStartException failure)
        {
            State = ResourceState.Failed;
            _context.Logs.Host($"{Name} failed to start: {failure.Message}");
            return;
        }
        State = ResourceState.Running;
        _supervision = SuperviseAsync(_context, log, _lifetime);
    }

    internal override async Task StopAsync(AppHostContext context)
    {
        _stopping = true;
        if (_process is null)
        {
            State = ResourceState.Stopped;
            return;
        }
        State = ResourceState.Stopping;
        await ChildProcess.StopAsync(_process, TimeSpan.FromSeconds(10));
        State = ResourceState.Stopped;
    }

    private async Task LaunchAndWaitHealthyAsync(AppHostContext context, ResourceLog log, CancellationToken cancellationToken)
    {
        var assembly = AssemblyPath(context);
        if (!File.Exists(assembly))
        {
            throw new ResourceStartException(Name, $"{assembly} does not exist: build the AppHost (dotnet build AppHost -c {context.BuildConfiguration})", []);
        }
        var environment = _environment.ToDictionary(pair => pair.Key, pair => pair.Value());
        environment["ASPNETCORE_URLS"] = Url!;
        _process = ChildProcess.Start("dotnet", [assembly], Path.GetDirectoryName(assembly)!, environment, log);
        StartedAt = DateTimeOffset.UtcNow;

        var deadline = DateTime.UtcNow + HealthTimeout;
        while (!await IsHealthyAsync(cancellationToken))
        {
            if (_process.HasExited)
            {
                throw new ResourceStartException(Name, $"the process exited with code {_process.ExitCode} while starting", log.Tail(FailureTailLines));
            }
            if (DateTime.UtcNow > deadline)
            {
                await ChildProcess.StopAsync(_process, TimeSpan.FromSeconds(5));
                throw new ResourceStartException(Name, $"{Url}/health did not answer 200 within {HealthTimeout.TotalSeconds:0} s", log.Tail(FailureTailLines));
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Restarts the process whenever it exits unasked, waiting longer after each crash in a row.</summary>
    private async Task SuperviseAsync(AppHostContext context, ResourceLog log, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            await _process!.WaitForExitAsync(CancellationToken.None);
            if (_stopping || cancellationToken.IsCancellationRequested)
            {
                return;
            }

            RestartCount++;
            State = ResourceState.Restarting;
            context.Logs.Host($"{Name} exited with code {_process.ExitCode}; restart #{RestartCount} in {backoff.TotalSeconds:0} s");
            try
            {
                await Task.Delay(backoff, cancellationToken);
                if (_stopping)
                {
                    return; // An operator stopped it while it waited to restart.
                }
                await LaunchAndWaitHealthyAsync(context, log, cancellationToken);
                if (_stopping)
                {
                    await ChildProcess.StopAsync(_process, TimeSpan.FromSeconds(10));
                    State = ResourceState.Stopped;
                    return;
                }
                State = ResourceState.Running;
                context.Logs.Host($"{Name} is running again (pid {Pid}, restarts: {RestartCount})");
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ResourceStartException failure)
            {
                context.Logs.Host($"{Name} failed to restart: {failure.Message}");
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync($"{Url}/health", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Where the build put the project's assembly: <c>{project}/bin/{configuration}/net10.0/{AssemblyName}.dll</c>.</summary>
    private string AssemblyPath(AppHostContext context)
    {
        var project = Path.Combine(context.RepositoryRoot, ProjectPath);
        var assemblyName = XDocument.Load(project).Descendants("AssemblyName").FirstOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(project);
        return Path.Combine(Path.GetDirectoryName(project)!, "bin", context.BuildConfiguration, "net10.0", $"{assemblyName}.dll");
    }

    private int RequireFree(int port) => Ports.IsFree(port)
        ? port
        : throw new ResourceStartException(Name, $"port {port} is already in use; choose another (for the gateway: CP_GATEWAY_PORT)", []);
}
