using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.AppHost;

/// <summary>
/// Ctrl+C (or TERM) returns once every process the AppHost started has stopped. By default an Aspire AppHost exits at
/// once and DCP stops the resources behind it (11 s here), so a run started again at once found its data folder's
/// servers still running and failed to start. Aspire's testing host waits the same way.
/// </summary>
public static class OrderlyShutdown
{
    /// <summary>The longest a stop may wait for the resources before the AppHost exits anyway and DCP finishes alone.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static void StopEverythingBeforeExiting(this IDistributedApplicationBuilder builder)
    {
        builder.Configuration["DcpPublisher:WaitForResourceCleanup"] ??= "true";
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = Patience);
    }
}
