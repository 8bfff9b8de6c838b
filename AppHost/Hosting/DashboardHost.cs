using CpPlatform.Dashboard;
using CpPlatform.Dashboard.Storage;
using Microsoft.Extensions.Configuration;

namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// The ops dashboard the AppHost serves on loopback, as an Aspire AppHost does: <c>CP_DASHBOARD_PORT</c> (default
/// 18888, a free one when taken), <c>CP_DASHBOARD_TOKEN</c> (default: new each run), telemetry caps, and the OTLP
/// settings every project gets so its traces, metrics and logs arrive there.
/// </summary>
public sealed class DashboardHost(IConfiguration configuration)
{
    private readonly string _otlpApiKey = DashboardOptions.NewSecret();
    private DashboardServer? _server;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("The dashboard starts with the AppHost.");

    /// <summary>The OTLP exporter settings of a project (Aspire passes the same variables).</summary>
    internal IEnumerable<(string Name, Func<string> Value)> ExporterEnvironment() =>
    [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", () => Server.OtlpEndpoint.ToString().TrimEnd('/')),
        ("OTEL_EXPORTER_OTLP_PROTOCOL", () => "http/protobuf"),
        ("OTEL_EXPORTER_OTLP_HEADERS", () => $"{DashboardOptions.OtlpApiKeyHeader}={_otlpApiKey}"),
        // Operators watch live: export spans and logs every second and metrics every five, not the SDK's 5 s and 60 s.
        ("OTEL_BSP_SCHEDULE_DELAY", () => "1000"),
        ("OTEL_BLRP_SCHEDULE_DELAY", () => "1000"),
        ("OTEL_METRIC_EXPORT_INTERVAL", () => configuration["CP_DASHBOARD_METRIC_INTERVAL_MS"] ?? "5000"),
    ];

    internal async Task StartAsync(AppHostContext context, IReadOnlyList<Resource> resources, CancellationToken cancellationToken)
    {
        var options = new DashboardOptions
        {
            Port = Ports.PreferredOrFree(configuration.GetValue("CP_DASHBOARD_PORT", DashboardOptions.DefaultPort)),
            Token = configuration["CP_DASHBOARD_TOKEN"] is { Length: > 0 } token ? token : DashboardOptions.NewSecret(),
            OtlpApiKey = _otlpApiKey,
            TelemetryDirectory = Path.Combine(context.DataDirectory, "telemetry"),
            Limits = new TelemetryLimits(
                configuration.GetValue("CP_DASHBOARD_MAX_SPANS", 50_000),
                configuration.GetValue("CP_DASHBOARD_MAX_LOGS", 50_000),
                configuration.GetValue("CP_DASHBOARD_MAX_METRIC_SAMPLES", 200_000)),
        };
        _server = await DashboardServer.StartAsync(options, new DashboardCatalog(context, resources), cancellationToken);
    }

    internal string Welcome() => _server is null
        ? ""
        : $"Dashboard: {_server.Url}  (login: {_server.LoginUrl})";

    internal async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
