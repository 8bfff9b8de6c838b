namespace CpPlatform.AppHost.Hosting;

public sealed class RedisServer(string name, string? externalConnectionString, int preferredPort)
    : ServerResource(name, "redis", externalConnectionString)
{
    private int _port = preferredPort;

    protected override string LocalConnectionString => $"127.0.0.1:{_port}";

    public override string? Url => IsExternal ? "(external)" : $"redis://127.0.0.1:{_port}";

    protected override string? PidFile(string serversDirectory) => Path.Combine(serversDirectory, "redis", "redis.pid");

    protected override void ConfigurePorts(IDictionary<string, string> scriptEnvironment)
    {
        _port = Ports.PreferredOrFree(_port);
        scriptEnvironment["CP_REDIS_PORT"] = _port.ToString();
    }
}
