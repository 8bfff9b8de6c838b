using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using CpPlatform.TestSupport;
using Xunit.Abstractions;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>The AppHost as an operator runs it: its own process, stopped with Ctrl+C.</summary>
public sealed class AppHostLifecycleTests(ITestOutputHelper log)
{
    private const int SigInt = 2;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan DcpExitPatience = TimeSpan.FromSeconds(30);

    /// <summary>Stopping every resource takes seconds on a quiet machine and over a minute while the whole suite runs beside it.</summary>
    private static readonly TimeSpan ExitPatience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_apphost_starts_everything_says_where_the_gateway_and_dashboard_are_and_ctrl_c_leaves_nothing_behind()
    {
        using var data = PlatformData.CreateTemporary();
        var output = new StringBuilder();
        using var appHost = Start(data, output);
        try
        {
            await WaitForAsync(() => Read(output).Contains("Everything is running"), StartTimeout,
                () => $"The AppHost did not report everything running (exited: {appHost.HasExited}). Output:\n{Read(output)}");
            Assert.Contains("Login to the dashboard at http://localhost:", Read(output));
            Assert.Contains($"Gateway: http://localhost:{data.GatewayPort}", Read(output));
            // Where the start-up went: when each server, service and the gateway was running, and when healthy.
            foreach (var line in new[] { "Running after:", "Healthy after:" })
            {
                var timeline = Read(output).Split('\n').Single(text => text.Contains(line, StringComparison.Ordinal));
                Assert.All(new[] { "postgres", "messaging", "cache", "gateway", "enterprises", "assessments", "training", "events", "financing", "monitoring" },
                    resource => Assert.Matches($@"\b{resource} \d+\.\d s", timeline));
            }

            using var gateway = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{data.GatewayPort}") };
            try
            {
                gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await data.AdminTokenAsync(gateway));
                Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/api/centers")).StatusCode);
            }
            catch (Exception exception) when (exception is Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{exception.Message}\nErrors the resources logged:\n{ResourceErrors(Read(output))}");
            }
            var started = ProcessesOf(data);
            Assert.True(started.Count >= 10, $"Expected the servers, services and gateway among the AppHost's processes: {string.Join(", ", started)}");

            var stopping = Stopwatch.StartNew();
            Assert.Equal(0, Kill(appHost.Id, SigInt));
            await WaitForAsync(() => appHost.HasExited, ExitPatience,
                () => $"The AppHost still runs {ExitPatience} after Ctrl+C, with: {string.Join(", ", ProcessesOf(data))}. Its last output:\n{Tail(Read(output), 60)}");
            log.WriteLine($"The AppHost exited {stopping.Elapsed.TotalSeconds:F1} s after Ctrl+C.");
            // The command returns once the servers, the services and the gateway have stopped: the same command run again
            // at once must find its data folder and ports free. Only DCP's own processes may still be exiting.
            Assert.DoesNotContain(ProcessesOf(data), process => !process.EndsWith(" dcp", StringComparison.Ordinal));
            Assert.True(IsFree(data.GatewayPort), $"The gateway's port {data.GatewayPort} is still taken after the AppHost exited");
            await WaitForAsync(() => ProcessesOf(data).Count == 0, DcpExitPatience,
                () => $"Still running {DcpExitPatience} after the AppHost exited: {string.Join(", ", ProcessesOf(data))}");
        }
        finally
        {
            if (!appHost.HasExited)
            {
                appHost.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process Start(PlatformData data, StringBuilder output)
    {
        // As from an operator's terminal, where Ctrl+C is delivered: a test run started as a background job of a script
        // inherits SIGINT ignored, and .NET keeps an inherited ignore, so the AppHost would never see the Ctrl+C sent below.
        var start = new ProcessStartInfo("env", ["--default-signal=INT", "dotnet", AppHostAssembly()])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in data.AppHostSettings())
        {
            var (key, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            start.Environment[key.Replace(":", "__")] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{PlatformData.FreePort()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{PlatformData.FreePort()}";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Every process the AppHost started, however deep: each inherits the environment naming this run's data folder
    /// (PostgreSQL too, which runs as another user).
    /// </summary>
    private static List<string> ProcessesOf(PlatformData data)
    {
        var marker = Encoding.UTF8.GetBytes($"CP_DATA_DIR={data.Directory}\0");
        var found = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            try
            {
                var environment = File.ReadAllBytes(Path.Combine(folder, "environ"));
                var status = File.ReadAllText(Path.Combine(folder, "stat"));
                var zombie = status[(status.LastIndexOf(')') + 2)..].StartsWith('Z');
                if (!zombie && environment.AsSpan().IndexOf(marker) >= 0)
                {
                    found.Add($"{pid} {File.ReadAllText(Path.Combine(folder, "comm")).Trim()}");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }
        return found;
    }

    /// <summary>
    /// The error lines of every resource's console, from the folder where DCP keeps them while it runs (the AppHost
    /// prints it as DCP's kubeconfig folder).
    /// </summary>
    private static string ResourceErrors(string appHostOutput)
    {
        var kubeconfig = Regex.Match(appHostOutput, "--kubeconfig \"([^\"]+)\"");
        var folder = kubeconfig.Success ? Path.GetDirectoryName(kubeconfig.Groups[1].Value) : null;
        if (folder is null || !Directory.Exists(folder))
        {
            return "(DCP's log folder is gone)";
        }
        var errors = Directory.EnumerateFiles(folder, "*_*")
            .SelectMany(file => File.ReadLines(file))
            .Where(line => line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal)
                || line.Contains("Exception", StringComparison.Ordinal))
            .TakeLast(40)
            .Select(line => line.Length > 1500 ? line[..1500] : line);
        return string.Join('\n', errors);
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan patience, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure());
            await Task.Delay(250);
        }
    }

    private static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>The AppHost built in the same configuration as these tests (the project reference builds it).</summary>
    private static string AppHostAssembly()
    {
        var configuration = typeof(AppHostLifecycleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "AppHost", "bin", configuration, "net10.0", "CpPlatform.AppHost.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution in {configuration} first.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
