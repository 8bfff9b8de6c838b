using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// Runs the graph: starts the ops dashboard, installs and starts the servers, starts each project once what it waits
/// for is healthy, prints the resource table, then on Ctrl+C (or SIGTERM) stops everything in reverse order, leaving no
/// process behind (the dashboard last, so the projects' final telemetry still arrives).
/// </summary>
public sealed class DistributedApplication(AppHostContext context, IReadOnlyList<Resource> resources, PlatformIdentity identity, DashboardHost dashboard)
{
    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public IReadOnlyList<Resource> Resources => resources;

    public async Task<int> RunAsync()
    {
        using var shutdown = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => RequestStop(signal, shutdown));
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => RequestStop(signal, shutdown));
        var clock = Stopwatch.StartNew();
        var state = new ResourceStateFile(context, resources);
        var exitCode = 0;
        try
        {
            Directory.CreateDirectory(context.DataDirectory);
            identity.LoadOrCreate(context.DataDirectory);
            await dashboard.StartAsync(context, resources, shutdown.Token);
            context.Logs.Host(dashboard.Welcome());
            foreach (var project in resources.OfType<ProjectResource>())
            {
                project.AssignPort();
            }
            await ServerResource.InstallAsync(context, resources.OfType<ServerResource>());
            await StartAllAsync(shutdown.Token);

            state.Write();
            context.Logs.Host(ResourceTable.Render(resources, clock.Elapsed));
            context.Logs.Host(Welcome());
            await state.KeepWritingAsync(shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
        }
        catch (ResourceStartException failure)
        {
            exitCode = 1;
            context.Logs.Host($"\n{failure.Message}\n---- last lines of {failure.Resource}:");
            foreach (var line in failure.LastLines)
            {
                context.Logs.Host($"  {line}");
            }
            context.Logs.Host($"---- full log: {Path.Combine(context.Logs.Directory, failure.Resource + ".log")}");
        }

        var stopping = Stopwatch.StartNew();
        await StopAllAsync();
        await dashboard.StopAsync();
        state.Write();
        context.Logs.Host($"Stopped everything in {stopping.Elapsed.TotalSeconds:0.0} s.");
        context.Logs.Dispose();
        return exitCode;
    }

    /// <summary>Each resource starts as soon as what it waits for is ready; the first failure ends the start-up.</summary>
    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        var starts = resources.Select(async resource =>
        {
            await Task.WhenAll(resource.WaitsFor.Select(dependency => dependency.Ready)).WaitAsync(cancellationToken);
            await resource.StartAsync(context, cancellationToken);
        }).ToList();

        while (starts.Count > 0)
        {
            var finished = await Task.WhenAny(starts);
            starts.Remove(finished);
            await finished;
        }
    }

    private async Task StopAllAsync()
    {
        var started = resources.Where(resource => resource.State is not (ResourceState.Waiting or ResourceState.Stopped)).ToList();
        if (started.Count == 0)
        {
            return;
        }
        context.Logs.Host("Stopping: " + string.Join(", ", Enumerable.Reverse(started).Select(resource => resource.Name)));
        foreach (var project in Enumerable.Reverse(resources.OfType<ProjectResource>().ToList()))
        {
            await project.StopAsync(context);
        }
        await Task.WhenAll(resources.OfType<ServerResource>().Select(server => server.StopAsync(context)));
    }

    private string Welcome()
    {
        var gateway = resources.OfType<ProjectResource>().FirstOrDefault(project => project.Name == "gateway");
        var lines = new List<string>
        {
            dashboard.Welcome(),
            $"Data folder: {context.DataDirectory}  (console logs per resource: {context.Logs.Directory})",
            $"Admin client credentials: {identity.AdminCredentialsPath}" + (identity.CreatedNow ? "  (created now)" : ""),
        };
        if (gateway is not null)
        {
            lines.Add($"Get an admin token:  curl -s -u '{identity.AdminClientId}:<client_secret>' -d grant_type=client_credentials {gateway.Url}/connect/token");
        }
        lines.Add("Press Ctrl+C to stop everything.");
        return string.Join(Environment.NewLine, lines);
    }

    private void RequestStop(PosixSignalContext signal, CancellationTokenSource shutdown)
    {
        signal.Cancel = true;
        if (!shutdown.IsCancellationRequested)
        {
            context.Logs.Host($"{signal.Signal} received: stopping.");
            shutdown.Cancel();
        }
    }
}
