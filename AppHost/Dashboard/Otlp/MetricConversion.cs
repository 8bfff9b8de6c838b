using CpPlatform.Dashboard.Model;
using CpPlatform.Dashboard.Otlp.Proto.Collector.Metrics;
using CpPlatform.Dashboard.Otlp.Proto.Metrics;
using static CpPlatform.Dashboard.Otlp.OtlpValues;

namespace CpPlatform.Dashboard.Otlp;

/// <summary>
/// Metric data points as samples of one interval each. The .NET SDK exports cumulative totals by default; the
/// <see cref="CumulativeToDelta"/> remembers the previous total of each series to turn them into increases.
/// </summary>
internal sealed class MetricConversion(CumulativeToDelta deltas)
{
    public List<MetricSample> ToSamples(ExportMetricsServiceRequest request)
    {
        var samples = new List<MetricSample>();
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var service = ServiceName(resourceMetrics.Resource);
            var instance = resourceMetrics.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.instance.id") is { } id ? Text(id.Value) : "";
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(scope => scope.Metrics))
            {
                switch (metric.DataCase)
                {
                    case Metric.DataOneofCase.Sum when metric.Sum.IsMonotonic:
                        var cumulative = metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative;
                        foreach (var point in metric.Sum.DataPoints)
                        {
                            var attributes = Attributes(point.Attributes);
                            var increase = cumulative
                                ? deltas.Counter(SeriesKey(service, instance, metric.Name, attributes), point.StartTimeUnixNano, Number(point))
                                : Number(point);
                            // A counter that did not move says nothing new: most series are quiet most of the time.
                            if (increase is > 0)
                            {
                                samples.Add(new MetricSample(Time(point.TimeUnixNano), service, metric.Name, metric.Unit, MetricKind.Counter,
                                    attributes, increase.Value, 0, 0, null, null));
                            }
                        }
                        break;
                    case Metric.DataOneofCase.Sum:
                        samples.AddRange(Levels(service, instance, metric, metric.Sum.DataPoints));
                        break;
                    case Metric.DataOneofCase.Gauge:
                        samples.AddRange(Levels(service, instance, metric, metric.Gauge.DataPoints));
                        break;
                    case Metric.DataOneofCase.Histogram:
                        var cumulativeHistogram = metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative;
                        foreach (var point in metric.Histogram.DataPoints)
                        {
                            var attributes = Attributes(point.Attributes);
                            var current = new HistogramTotals((long)point.Count, point.Sum, point.BucketCounts.Select(c => (long)c).ToArray());
                            var interval = cumulativeHistogram
                                ? deltas.Histogram(SeriesKey(service, instance, metric.Name, attributes), point.StartTimeUnixNano, current)
                                : current;
                            if (interval is { Count: > 0 })
                            {
                                samples.Add(new MetricSample(Time(point.TimeUnixNano), service, metric.Name, metric.Unit, MetricKind.Histogram,
                                    attributes, 0, interval.Count, interval.Sum, point.ExplicitBounds.ToArray(), interval.Buckets));
                            }
                        }
                        break;
                }
            }
        }
        return samples;
    }

    /// <summary>Gauges and up-down counters are levels: kept when they change (and when first seen).</summary>
    private IEnumerable<MetricSample> Levels(string service, string instance, Metric metric, IEnumerable<NumberDataPoint> points)
    {
        foreach (var point in points)
        {
            var attributes = Attributes(point.Attributes);
            if (deltas.LevelChanged(SeriesKey(service, instance, metric.Name, attributes), Number(point)))
            {
                yield return new MetricSample(Time(point.TimeUnixNano), service, metric.Name, metric.Unit, MetricKind.Gauge,
                    attributes, Number(point), 0, 0, null, null);
            }
        }
    }

    private static double Number(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static string SeriesKey(string service, string instance, string metric, Dictionary<string, string> attributes) =>
        $"{service}|{instance}|{metric}|" + string.Join(",", attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
}
