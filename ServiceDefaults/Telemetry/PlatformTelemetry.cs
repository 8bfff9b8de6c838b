using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CpPlatform.ServiceDefaults.Telemetry;

/// <summary>The platform's own activity source and meter, for what the libraries do not measure (outbox relay, inbox).</summary>
public static class PlatformTelemetry
{
    public const string SourceName = "CpPlatform";
    public static readonly ActivitySource Source = new(SourceName);
    public static readonly Meter Meter = new(SourceName);
}
