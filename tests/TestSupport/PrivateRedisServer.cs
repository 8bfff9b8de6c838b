using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>
/// A redis-server of the test's own, on its own loopback port and in its own folder under the temp directory, for
/// tests that freeze it (SIGSTOP) — the shared test Redis is used by other test classes at the same time.
/// </summary>
public sealed class PrivateRedisServer : IAsyncDisposable
{
    private const int SigCont = 18, SigStop = 19;

    private readonly Process _process;
    private readonly string _directory;

    private PrivateRedisServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string services are given (<c>ConnectionStrings__cache</c>).</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedisServer> StartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        Assert.True(executable is not null, $"redis-server is not installed. {TestServers.StartHint}");
        var directory = Directory.CreateTempSubdirectory("cp-private-redis-").FullName;
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(executable!)
        {
            ArgumentList = { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrivateRedisServer(process, directory, port);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await server.AnswersPingAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync();
                Assert.Fail($"The private redis-server on port {port} did not start.");
            }
            await Task.Delay(50);
        }
        return server;
    }

    /// <summary>Freezes the server: connections stay open, nothing is answered (a hung Redis).</summary>
    public void Freeze() => Signal(SigStop);

    public void Thaw() => Signal(SigCont);

    private void Signal(int signal)
    {
        if (kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            kill(_process.Id, SigCont); // a stopped process would only die once continued
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
