using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace CpPlatform.EndToEnd.Tests;

public partial class AppHostLifecycleTests
{
    [Fact]
    public async Task The_apphost_restarts_a_crashed_service_requests_succeed_again_and_ctrl_c_leaves_nothing_behind()
    {
        await using var appHost = await AppHostProcess.StartAsync();
        var resources = await appHost.ResourcesAsync();
        Assert.All(resources, resource => Assert.Equal("Running", resource.State));
        Assert.All(resources, resource => Assert.NotNull(resource.Pid));
        Assert.Contains("RESOURCE", appHost.Output);
        Assert.True(File.Exists(Path.Combine(appHost.DataDirectory, "admin-client.json")), "The first run writes the admin credentials.");
        Assert.True(File.Exists(Path.Combine(appHost.DataDirectory, "logs", "enterprises.log")), "Each resource's console output is kept.");

        var enterprises = await appHost.ResourceAsync("enterprises");
        Process.GetProcessById(enterprises.Pid!.Value).Kill();
        var restarted = await WaitForAsync(appHost, "enterprises", resource => resource is { Restarts: 1, State: "Running" } && resource.Pid != enterprises.Pid);
        using var http = new HttpClient { BaseAddress = appHost.GatewayUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await appHost.AdminTokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/enterprises")).StatusCode);
        using var direct = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await direct.GetAsync($"{restarted.Url}/health")).StatusCode);

        var owned = (await appHost.ResourcesAsync()).ToList();
        Assert.True(await appHost.InterruptAsync(TimeSpan.FromSeconds(90)), $"The AppHost did not stop on SIGINT. Output:\n{appHost.Output}");
        Assert.Equal(0, appHost.ExitCode);
        foreach (var resource in owned)
        {
            Assert.False(IsAlive(resource.Pid!.Value), $"{resource.Name} (pid {resource.Pid}) is still running after the AppHost stopped.");
            foreach (var port in PortsOf(resource.Url))
            {
                Assert.True(IsFree(port), $"{resource.Name}'s port {port} is still in use after the AppHost stopped.");
            }
        }
    }

    private static async Task<ResourceSnapshot> WaitForAsync(AppHostProcess appHost, string name, Func<ResourceSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var resource = await appHost.ResourceAsync(name);
            if (condition(resource))
            {
                return resource;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{name} never reached the expected state; last seen {resource}. Output:\n{appHost.Output}");
            await Task.Delay(250);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<int> PortsOf(string? url) =>
        url is null ? [] : Port().Matches(url).Select(match => int.Parse(match.Groups[1].Value));

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

    [GeneratedRegex(@":(\d{2,5})")]
    private static partial Regex Port();
}
