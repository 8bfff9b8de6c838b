using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CpPlatform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>MassTransit's activity source and meter (publish, send, consume).</summary>
    private const string MassTransit = "MassTransit";

    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry, as Aspire's service defaults do: ASP.NET Core, HttpClient and
    /// runtime instrumentation, Npgsql's commands, MassTransit's messages and the platform's own spans and counters (outbox relay).
    /// Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; protocol and headers come from the
    /// standard <c>OTEL_EXPORTER_OTLP_*</c> variables (gRPC unless <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.UseUtcTimestamp = true;
        });
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(MassTransit, PlatformTelemetry.SourceName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, PlatformTelemetry.SourceName, MassTransit)
                // Health probes arrive every few seconds from the AppHost: their spans would bury the real requests.
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthProbes.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }
}
