using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CpPlatform.ServiceDefaults.Telemetry;

/// <summary>Providers only listen once resolved; resolving them at start-up is what the hosting package would do.</summary>
internal sealed class TelemetryProvidersStarter(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<TracerProvider>();
        services.GetService<MeterProvider>();
        services.GetService<LoggerProvider>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
