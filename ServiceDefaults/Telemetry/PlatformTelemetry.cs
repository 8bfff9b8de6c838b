using System.Diagnostics;

namespace CpPlatform.ServiceDefaults.Telemetry;

/// <summary>The platform's own activity source, for spans the libraries do not create (outbox relay, inbox).</summary>
public static class PlatformTelemetry
{
    public const string SourceName = "CpPlatform";
    public static readonly ActivitySource Source = new(SourceName);
}
