using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Telemetry;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// What the relay adds to its <c>cp.outbox.set_aside</c> counter, by message type: the meter is the process's, shared
/// with the other tests running beside this one.
/// </summary>
internal sealed class SetAsideMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string? MessageType, long Value)> _measurements = new();

    public SetAsideMeasurements()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PlatformTelemetry.SourceName && instrument.Name == OutboxMetrics.SetAsideName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var messageType = tags.ToArray().FirstOrDefault(tag => tag.Key == OutboxMetrics.MessageTypeTag).Value as string;
            _measurements.Enqueue((messageType, value));
        });
        _listener.Start();
    }

    public long Of(string messageType) => _measurements.Where(measurement => measurement.MessageType == messageType).Sum(measurement => measurement.Value);

    public void Dispose() => _listener.Dispose();
}
