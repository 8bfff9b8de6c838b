using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace CpPlatform.ServiceDefaults.Tests.Telemetry;

/// <summary>Keeps what an exporter would export: recorded spans, once ended.</summary>
public sealed class SpanRecorder : BaseProcessor<Activity>
{
    public ConcurrentQueue<Activity> Spans { get; } = new();

    public override void OnEnd(Activity data)
    {
        if (data.Recorded)
        {
            Spans.Enqueue(data);
        }
    }
}
