using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpPlatform.AppHost;

/// <summary>
/// Once every server, service and the gateway is healthy, says so with the time it took since the AppHost started,
/// when each resource was running and when healthy (where the start-up went), each project's address and where the
/// admin's credentials are (the dashboard prints its own login link when it starts). Scripts (eng/bench.sh) read
/// these lines too.
/// </summary>
public static class StartupReport
{
    public const string EverythingIsRunning = "Everything is running";
    public const string RunningAfter = "Running after:";
    public const string HealthyAfter = "Healthy after:";

    public static void ReportWhenEverythingIsRunning(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, PlatformIdentity identity)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var logger = @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CpPlatform.AppHost");
            // Databases have no process or check of their own: they are up with their server.
            var watched = @event.Model.Resources.Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any()).ToList();
            var projects = @event.Model.Resources.OfType<ProjectResource>().OrderBy(project => project.Name).ToList();
            _ = Task.Run(async () =>
            {
                var running = Task.WhenAll(watched.Select(resource => TimeUntilAsync(resource,
                    () => notifications.WaitForResourceAsync(resource.Name, KnownResourceStates.Running, cancellationToken))));
                var healthy = await Task.WhenAll(watched.Select(resource => TimeUntilAsync(resource,
                    () => notifications.WaitForResourceHealthyAsync(resource.Name, cancellationToken))));
                var report = new StringBuilder($"{EverythingIsRunning} in {SinceStart().TotalSeconds:0.0} s.");
                report.AppendLine($" Gateway: {gateway.GetEndpoint("http").Url}");
                // Where the start-up went, for operators and the cold-start benchmark.
                report.AppendLine($"{RunningAfter} {Timeline(await running)}");
                report.AppendLine($"{HealthyAfter} {Timeline(healthy)}");
                foreach (var project in projects)
                {
                    report.AppendLine($"  {project.Name,-12} {project.GetEndpoint("http").Url}");
                }
                report.Append($"Admin client credentials: {identity.AdminCredentialsPath}");
                logger.LogInformation("{Report}", report.ToString());
            }, cancellationToken);
            return Task.CompletedTask;
        });
    }

    private static async Task<(string Name, TimeSpan Elapsed)> TimeUntilAsync(IResource resource, Func<Task> reached)
    {
        await reached();
        return (resource.Name, SinceStart());
    }

    private static string Timeline(IEnumerable<(string Name, TimeSpan Elapsed)> reached) =>
        string.Join(", ", reached.OrderBy(entry => entry.Elapsed).Select(entry => string.Create(CultureInfo.InvariantCulture, $"{entry.Name} {entry.Elapsed.TotalSeconds:0.0} s")));

    /// <summary>
    /// When the AppHost's code was loaded, before its <c>Main</c>. Not the process's start: the run command builds and
    /// publishes first and then execs the AppHost in the same process, which once made a 15 s start read as 220 s.
    /// </summary>
    private static long loaded;

    [ModuleInitializer]
    internal static void NoteLoaded() => loaded = Stopwatch.GetTimestamp();

    private static TimeSpan SinceStart() => Stopwatch.GetElapsedTime(loaded);
}
