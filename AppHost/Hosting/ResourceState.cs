namespace CpPlatform.AppHost.Hosting;

public enum ResourceState
{
    Waiting,
    Starting,
    Running,
    Restarting,
    Failed,
    Stopping,
    Stopped,
}
