namespace CpPlatform.AppHost.Hosting;

/// <summary>Something the AppHost starts, watches and stops: a server, a database on it, or a project.</summary>
public abstract class Resource(string name)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;
    public ResourceState State { get; protected set; } = ResourceState.Waiting;
    public virtual int? Pid => null;
    public virtual string? Url => null;
    public int RestartCount { get; protected set; }
    public DateTimeOffset? StartedAt { get; protected set; }

    /// <summary>What must be healthy before this starts.</summary>
    public List<Resource> WaitsFor { get; } = [];

    /// <summary>Completes once the resource is healthy for the first time; faults when it cannot start.</summary>
    public Task Ready => _ready.Task;

    internal abstract Task StartAsync(AppHostContext context, CancellationToken cancellationToken);

    internal abstract Task StopAsync(AppHostContext context);

    protected void MarkReady()
    {
        State = ResourceState.Running;
        _ready.TrySetResult();
    }

    protected void MarkFailed(Exception reason)
    {
        State = ResourceState.Failed;
        _ready.TrySetException(reason);
    }
}

/// <summary>A resource others reach through a connection string, passed as <c>ConnectionStrings__{name}</c>.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }
    string ConnectionString { get; }
}
