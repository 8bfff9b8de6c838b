using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpPlatform.AppHost;

/// <summary>
/// Once every server, service and the gateway is healthy, says so with the time it took since the AppHost started,
/// each project's address and where the admin's credentials are (the dashboard prints its own login link when it
/// starts). Scripts (eng/bench.sh) read these lines too.
/// </summary>
public static class StartupReport
{
    public const string EverythingIsRunning = "Everything is running";

    public static void ReportWhenEverythingIsRunning(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, PlatformIdentity identity)
    {
        builder.Eventing.Subscribe<AfterResourcesCreatedEvent>((@event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var logger = @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CpPlatform.AppHost");
            // Databases have no process or check of their own: they are up with their server.
            var watched = @event.Model.Resources.Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any()).ToList();
            var projects = @event.Model.Resources.OfType<ProjectResource>().OrderBy(project => project.Name).ToList();
            _ = Task.Run(async () =>
            {
                await Task.WhenAll(watched.Select(resource => notifications.WaitForResourceHealthyAsync(resource.Name, cancellationToken)));
                var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
                var report = new StringBuilder($"{EverythingIsRunning} in {elapsed.TotalSeconds:0.0} s.");
                report.AppendLine($" Gateway: {gateway.GetEndpoint("http").Url}");
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
}
