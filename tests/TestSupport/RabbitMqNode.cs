using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CpPlatform.TestSupport;

/// <summary>
/// A private RabbitMQ node on free ports, started and stopped with the project's own <c>eng/servers.sh</c>. Tests that
/// take the broker away use one of these, so the shared broker other tests rely on stays up.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cp-rabbit-{Guid.NewGuid():N}"[..20]);
    private readonly Dictionary<string, string> _environment;

    public RabbitMqNode()
    {
        AmqpPort = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["CP_SERVERS_DIR"] = _directory,
            ["CP_RABBIT_NODE"] = $"cp-test-{AmqpPort}",
            ["CP_RABBIT_PORT"] = AmqpPort.ToString(),
            ["CP_RABBIT_MGMT_PORT"] = FreePort().ToString(),
            ["CP_RABBIT_DIST_PORT"] = FreePort().ToString(),
            ["CP_EPMD_PORT"] = FreePort().ToString(),
        };
    }

    public int AmqpPort { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/";

    public Task StartAsync() => RunAsync("start");

    public Task StopAsync() => RunAsync("stop");

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(_directory))
        {
            await StopAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task RunAsync(string command)
    {
        var start = new ProcessStartInfo("bash", [System.IO.Path.Combine(RepositoryRoot.Path, "eng", "servers.sh"), command, "rabbitmq"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"eng/servers.sh {command} rabbitmq failed (exit {process.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
