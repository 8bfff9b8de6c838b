namespace CpPlatform.AppHost.Hosting;

public sealed class RabbitMqServer(string name, string? externalConnectionString, int preferredPort, int preferredManagementPort, string nodeName)
    : ServerResource(name, "rabbitmq", externalConnectionString)
{
    private int _port = preferredPort;
    private int _managementPort = preferredManagementPort;

    protected override string LocalConnectionString => $"amqp://guest:guest@127.0.0.1:{_port}/";

    public override string? Url => IsExternal ? "(external)" : $"amqp://127.0.0.1:{_port}  (management http://127.0.0.1:{_managementPort})";

    protected override string? PidFile(string serversDirectory) => Path.Combine(serversDirectory, "rabbitmq", "rabbit.pid");

    protected override void ConfigurePorts(IDictionary<string, string> scriptEnvironment)
    {
        _port = Ports.PreferredOrFree(_port);
        _managementPort = Ports.PreferredOrFree(_managementPort);
        scriptEnvironment["CP_RABBIT_PORT"] = _port.ToString();
        scriptEnvironment["CP_RABBIT_MGMT_PORT"] = _managementPort.ToString();
        scriptEnvironment["CP_RABBIT_DIST_PORT"] = Ports.Free().ToString();
        scriptEnvironment["CP_EPMD_PORT"] = Ports.Free().ToString();
        // Erlang node names must be unique on a machine: derive it from the port this instance owns.
        scriptEnvironment["CP_RABBIT_NODE"] = $"{nodeName}-{_port}";
    }
}
