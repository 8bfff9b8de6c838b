using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using CpPlatform.TestSupport;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// The AppHost as a person runs it: a separate process, here on free ports and with a data folder of its own, so it
/// never meets the test servers or a developer's running platform.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private const int SigInt = 2;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppHostProcess(Process process, string dataDirectory, int gatewayPort, int dashboardPort, string dashboardToken)
    {
        _process = process;
        DataDirectory = dataDirectory;
        GatewayUrl = new Uri($"http://127.0.0.1:{gatewayPort}");
        DashboardUrl = new Uri($"http://127.0.0.1:{dashboardPort}");
        DashboardToken = dashboardToken;
    }

    public string DataDirectory { get; }
    public Uri GatewayUrl { get; }

    /// <summary>The ops dashboard, on a free port too, with a login token the tests know.</summary>
    public Uri DashboardUrl { get; }
    public string DashboardToken { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public static async Task<AppHostProcess> StartAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"cp-e2e-{Guid.NewGuid():N}"[..16]);
        var gatewayPort = FreePort();
        var dashboardPort = FreePort();
        var dashboardToken = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet", [AppHostAssembly()])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CP_DATA_DIR"] = dataDirectory;
        start.Environment["CP_GATEWAY_PORT"] = gatewayPort.ToString();
        start.Environment["CP_DASHBOARD_PORT"] = dashboardPort.ToString();
        start.Environment["CP_DASHBOARD_TOKEN"] = dashboardToken;
        // Free ports for the servers too, so a platform a developer runs alongside is never touched.
        start.Environment["CP_APPHOST_PG_PORT"] = FreePort().ToString();
        start.Environment["CP_APPHOST_RABBIT_PORT"] = FreePort().ToString();
        start.Environment["CP_APPHOST_RABBIT_MGMT_PORT"] = FreePort().ToString();
        start.Environment["CP_APPHOST_REDIS_PORT"] = FreePort().ToString();
        foreach (var inherited in new[] { "ConnectionStrings__postgres", "ConnectionStrings__messaging", "ConnectionStrings__cache" })
        {
            start.Environment.Remove(inherited);
        }

        var appHost = new AppHostProcess(new Process { StartInfo = start }, dataDirectory, gatewayPort, dashboardPort, dashboardToken);
        appHost._process.OutputDataReceived += (_, line) => appHost.Append(line.Data);
        appHost._process.ErrorDataReceived += (_, line) => appHost.Append(line.Data);
        appHost._process.Start();
        appHost._process.BeginOutputReadLine();
        appHost._process.BeginErrorReadLine();
        await appHost.WaitUntilRunningAsync();
        return appHost;
    }

    /// <summary>The resources as the AppHost reports them in <c>apphost-state.json</c>.</summary>
    public async Task<IReadOnlyList<ResourceSnapshot>> ResourcesAsync()
    {
        var path = Path.Combine(DataDirectory, "apphost-state.json");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var file = File.OpenRead(path);
                var state = await JsonSerializer.DeserializeAsync<StateFile>(file, JsonSerializerOptions.Web);
                return state!.Resources;
            }
            catch (Exception exception) when (exception is IOException or JsonException && attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task<ResourceSnapshot> ResourceAsync(string name) => (await ResourcesAsync()).Single(resource => resource.Name == name);

    /// <summary>A token for the bootstrap admin, whose credentials the first run wrote for the operator.</summary>
    public async Task<string> AdminTokenAsync()
    {
        var credentials = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(DataDirectory, "admin-client.json"))).RootElement;
        return await TokenAsync(credentials.GetProperty("client_id").GetString()!, credentials.GetProperty("client_secret").GetString()!);
    }

    /// <summary>OAuth2 client credentials with HTTP Basic, as most client libraries send them.</summary>
    public async Task<string> TokenAsync(string clientId, string clientSecret)
    {
        using var http = new HttpClient { BaseAddress = GatewayUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /connect/token answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>What a person's Ctrl+C does.</summary>
    public async Task<bool> InterruptAsync(TimeSpan timeout)
    {
        _ = Kill(_process.Id, SigInt);
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited && !await InterruptAsync(TimeSpan.FromMinutes(1)))
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Server files of another user (PostgreSQL as root) may linger a moment; the temp folder is cleaned later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task WaitUntilRunningAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!Output.Contains("Everything is running"))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var why = _process.HasExited ? $"exited with {_process.ExitCode}" : $"was not running after {StartTimeout}";
                throw new InvalidOperationException($"The AppHost {why}. Its output:\n{Output}");
            }
            await Task.Delay(200);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>The AppHost built in the same configuration as these tests (the project reference builds it).</summary>
    private static string AppHostAssembly()
    {
        var configuration = typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "AppHost", "bin", configuration, "net10.0", "CpPlatform.AppHost.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution in {configuration} first.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private sealed record StateFile(int AppHostPid, List<ResourceSnapshot> Resources);
}

public sealed record ResourceSnapshot(string Name, string State, string? Url, int? Pid, int Restarts);
