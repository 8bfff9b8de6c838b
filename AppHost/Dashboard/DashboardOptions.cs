using System.Security.Cryptography;
using CpPlatform.Dashboard.Storage;

namespace CpPlatform.Dashboard;

/// <summary>Where the dashboard listens, who may use it, and how much telemetry it keeps (and where on disk).</summary>
public sealed class DashboardOptions
{
    public const int DefaultPort = 18888;

    /// <summary>The header exporters prove themselves with (<c>OTEL_EXPORTER_OTLP_HEADERS=x-otlp-api-key=…</c>).</summary>
    public const string OtlpApiKeyHeader = "x-otlp-api-key";

    /// <summary>Loopback only; 0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The login token people open the dashboard with (printed at start, like Aspire's).</summary>
    public string Token { get; init; } = NewSecret();

    /// <summary>What exporters send as <c>x-otlp-api-key</c>; empty accepts any local exporter.</summary>
    public string OtlpApiKey { get; init; } = NewSecret();

    /// <summary>Where telemetry is journaled so a restart keeps the recent history; null keeps it in memory only.</summary>
    public string? TelemetryDirectory { get; init; }

    public TelemetryLimits Limits { get; init; } = new();

    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
