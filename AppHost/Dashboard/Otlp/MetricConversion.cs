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
                    case Metric.DataOneofCase.Sum:
                        var cumulative = metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative;
                        foreach (var point in metric.Sum.DataPoints)
                        {
                            var attributes = Attributes(point.Attributes);
                            var value = Number(point);
                            var increase = cumulative && metric.Sum.IsMonotonic
                                ? deltas.Counter(SeriesKey(service, instance, metric.Name, attributes), point.StartTimeUnixNano, value)
                                : value;
                            if (increase is { } delta)
                            {
                                samples.Add(new MetricSample(Time(point.TimeUnixNano), service, metric.Name, metric.Unit, MetricKind.Counter,
                                    attributes, delta, 0, 0, null, null));
                            }
                        }
                        break;
                    case Metric.DataOneofCase.Gauge:
                        foreach (var point in metric.Gauge.DataPoints)
                        {
                            samples.Add(new MetricSample(Time(point.TimeUnixNano), service, metric.Name, metric.Unit, MetricKind.Gauge,
                                Attributes(point.Attributes), Number(point), 0, 0, null, null));
                        }
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

    private static double Number(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static string SeriesKey(string service, string instance, string metric, Dictionary<string, string> attributes) =>
        $"{service}|{instance}|{metric}|" + string.Join(",", attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
}
