using System.Diagnostics.Metrics;
using CpPlatform.ServiceDefaults.Telemetry;

namespace CpPlatform.ServiceDefaults.Messaging;

internal static class OutboxMetrics
{
    public const string SetAsideName = "cp.outbox.set_aside";
    public const string MessageTypeTag = "messaging.message.type";

    /// <summary>Rows the relay gave up reading: each is an event other services will not receive until an operator acts.</summary>
    public static readonly Counter<long> SetAside = PlatformTelemetry.Meter.CreateCounter<long>(
        SetAsideName, unit: "{message}", description: "Outbox messages set aside because they could not be read; they are not published.");
}
