using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpPlatform.AppHost;

/// <summary>
/// Once every server, service and the gateway is healthy, says so with the time it took, the gateway's address and where
/// the admin's credentials are (the dashboard prints its own login link when it starts).
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
            var watched = @event.Model.Resources
                .Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any())
                .Select(resource => resource.Name)
                .ToList();
            _ = Task.Run(async () =>
            {
                await Task.WhenAll(watched.Select(name => notifications.WaitForResourceHealthyAsync(name, cancellationToken)));
                var startedAt = Process.GetCurrentProcess().StartTime.ToUniversalTime();
                logger.LogInformation(
                    "{Message} in {Seconds:0.0} s. Gateway: {GatewayUrl}  Admin client credentials: {AdminCredentials}",
                    EverythingIsRunning,
                    (DateTime.UtcNow - startedAt).TotalSeconds,
                    gateway.GetEndpoint("http").Url,
                    identity.AdminCredentialsPath);
            }, cancellationToken);
            return Task.CompletedTask;
        });
    }
}
