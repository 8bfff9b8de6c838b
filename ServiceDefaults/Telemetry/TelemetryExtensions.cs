using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CpPlatform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    // No instrumentation packages restore here; these libraries emit full data through their own sources and meters.
    private static readonly string[] ActivitySources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", PlatformTelemetry.SourceName];
    private static readonly string[] Meters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "Npgsql", "MassTransit"];

    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry; exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.UseUtcTimestamp = true;
        });
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var telemetry = new ServiceCollectionTelemetryBuilder(builder.Services)
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing.AddSource(ActivitySources))
            .WithMetrics(metrics => metrics.AddMeter(Meters));

        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "grpc"
                ? OtlpExportProtocol.Grpc
                : OtlpExportProtocol.HttpProtobuf;
            telemetry.WithLogging(configureBuilder: null, configureOptions: options =>
            {
                options.IncludeFormattedMessage = true;
                options.IncludeScopes = true;
            });
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }

        builder.Services.AddHostedService<TelemetryProvidersStarter>();
        return builder;
    }

    /// <summary>The hosting package that would provide <c>services.AddOpenTelemetry()</c> is not available here.</summary>
    private sealed class ServiceCollectionTelemetryBuilder(IServiceCollection services) : IOpenTelemetryBuilder
    {
        public IServiceCollection Services => services;
    }
}
