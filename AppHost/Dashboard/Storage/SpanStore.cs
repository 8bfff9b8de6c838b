using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Persistence;

namespace CpPlatform.Dashboard.Storage;

/// <summary>Spans, with an index by trace id so one trace is found without scanning them all.</summary>
public sealed class SpanStore(int capacity, TelemetryJournal<SpanRecord>? journal) : TelemetryStore<SpanRecord>(capacity, journal)
{
    private readonly Dictionary<string, List<SpanRecord>> _byTrace = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SpanRecord> Trace(string traceId)
    {
        lock (_byTrace)
        {
            return _byTrace.TryGetValue(traceId, out var spans) ? spans.ToArray() : [];
        }
    }

    /// <summary>Every trace with its spans, a consistent copy.</summary>
    public IReadOnlyList<IReadOnlyList<SpanRecord>> Traces()
    {
        lock (_byTrace)
        {
            return _byTrace.Values.Select(spans => (IReadOnlyList<SpanRecord>)spans.ToArray()).ToList();
        }
    }

    protected override void OnKept(IReadOnlyList<SpanRecord> added, IReadOnlyList<SpanRecord> dropped)
    {
        lock (_byTrace)
        {
            foreach (var span in added)
            {
                if (!_byTrace.TryGetValue(span.TraceId, out var spans))
                {
                    _byTrace[span.TraceId] = spans = [];
                }
                spans.Add(span);
            }
            foreach (var span in dropped)
            {
                if (_byTrace.TryGetValue(span.TraceId, out var spans) && spans.Remove(span) && spans.Count == 0)
                {
                    _byTrace.Remove(span.TraceId);
                }
            }
        }
    }
}
