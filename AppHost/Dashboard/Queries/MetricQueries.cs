using System.Globalization;
using CpPlatform.Dashboard.Model;

namespace CpPlatform.Dashboard.Queries;

public sealed record MetricsWindow(DateTimeOffset From, DateTimeOffset To, TimeSpan Step, string? Service);

public sealed record ServiceMetrics(string Service, MetricTotals Totals, IReadOnlyList<MetricPoint> Points, IReadOnlyList<RouteMetrics> Routes);

public sealed record MetricTotals(long Requests, long Errors, double Published, double Consumed, long DbCalls);

/// <summary>One step of the charts. Rates are per second; latencies in milliseconds (null when nothing was measured).</summary>
public sealed record MetricPoint(
    DateTimeOffset Time,
    double RequestsPerSecond,
    double? ErrorRate,
    double? P50Ms,
    double? P95Ms,
    double? P99Ms,
    double PublishedPerSecond,
    double ConsumedPerSecond,
    double DbCallsPerSecond,
    double? DbP50Ms,
    double? DbP95Ms);

public sealed record RouteMetrics(string Route, long Requests, long Errors, double? P95Ms);

/// <summary>
/// The operators' view of the instruments the services export without instrumentation packages: ASP.NET Core's
/// <c>http.server.request.duration</c>, MassTransit's send and consume counters (a publish is a send to an exchange)
/// and Npgsql's <c>db.client.operation.duration</c>.
/// </summary>
public static class MetricQueries
{
    public const string RequestDuration = "http.server.request.duration";
    public const string MessagesSent = "messaging.masstransit.send";
    public const string MessagesConsumed = "messaging.masstransit.consume";
    public const string DbOperationDuration = "db.client.operation.duration";

    public static IReadOnlyList<ServiceMetrics> Query(IEnumerable<MetricSample> samples, MetricsWindow window)
    {
        var steps = Math.Max(1, (int)Math.Ceiling((window.To - window.From) / window.Step));
        return samples
            .Where(sample => sample.Time >= window.From && sample.Time < window.To)
            .Where(sample => window.Service is null || sample.Service.Equals(window.Service, StringComparison.OrdinalIgnoreCase))
            .Where(sample => sample.Name is RequestDuration or MessagesSent or MessagesConsumed or DbOperationDuration)
            .GroupBy(sample => sample.Service)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => ForService(group.Key, group.ToList(), window, steps))
            .ToList();
    }

    private static ServiceMetrics ForService(string service, List<MetricSample> samples, MetricsWindow window, int steps)
    {
        var seconds = window.Step.TotalSeconds;
        var byStep = samples.ToLookup(sample => (int)((sample.Time - window.From) / window.Step));
        var points = Enumerable.Range(0, steps).Select(step =>
        {
            var from = window.From + window.Step * step;
            var inStep = byStep[step].ToList();
            var requests = Merge(inStep.Where(sample => sample.Name == RequestDuration));
            var errors = inStep.Where(sample => sample.Name == RequestDuration && IsServerError(sample)).Sum(sample => sample.Count);
            var db = Merge(inStep.Where(sample => sample.Name == DbOperationDuration));
            return new MetricPoint(
                from,
                Rate(requests.Count, seconds),
                requests.Count == 0 ? null : Math.Round((double)errors / requests.Count, 4),
                Milliseconds(requests.Percentile(0.50), RequestDuration, inStep),
                Milliseconds(requests.Percentile(0.95), RequestDuration, inStep),
                Milliseconds(requests.Percentile(0.99), RequestDuration, inStep),
                Rate(inStep.Where(sample => sample.Name == MessagesSent).Sum(sample => sample.Value), seconds),
                Rate(inStep.Where(sample => sample.Name == MessagesConsumed).Sum(sample => sample.Value), seconds),
                Rate(db.Count, seconds),
                Milliseconds(db.Percentile(0.50), DbOperationDuration, inStep),
                Milliseconds(db.Percentile(0.95), DbOperationDuration, inStep));
        }).ToList();

        var requestSamples = samples.Where(sample => sample.Name == RequestDuration).ToList();
        var totals = new MetricTotals(
            requestSamples.Sum(sample => sample.Count),
            requestSamples.Where(IsServerError).Sum(sample => sample.Count),
            samples.Where(sample => sample.Name == MessagesSent).Sum(sample => sample.Value),
            samples.Where(sample => sample.Name == MessagesConsumed).Sum(sample => sample.Value),
            samples.Where(sample => sample.Name == DbOperationDuration).Sum(sample => sample.Count));

        var routes = requestSamples
            .GroupBy(Route)
            .Select(route =>
            {
                var merged = Merge(route);
                return new RouteMetrics(route.Key, merged.Count, route.Where(IsServerError).Sum(sample => sample.Count),
                    Milliseconds(merged.Percentile(0.95), RequestDuration, route));
            })
            .OrderByDescending(route => route.Requests)
            .ToList();
        return new ServiceMetrics(service, totals, points, routes);
    }

    private static HistogramAccumulator Merge(IEnumerable<MetricSample> histograms)
    {
        var merged = new HistogramAccumulator();
        foreach (var sample in histograms)
        {
            if (sample.Bounds is not null && sample.BucketCounts is not null)
            {
                merged.Add(sample.Bounds, sample.BucketCounts, sample.Sum);
            }
        }
        return merged;
    }

    private static bool IsServerError(MetricSample sample) =>
        sample.Attributes.TryGetValue("http.response.status_code", out var status)
        && int.TryParse(status, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && code >= 500;

    private static string Route(MetricSample sample)
    {
        sample.Attributes.TryGetValue("http.request.method", out var method);
        return sample.Attributes.TryGetValue("http.route", out var route) ? $"{method} {route}".Trim() : $"{method} (no route)".Trim();
    }

    private static double Rate(double count, double seconds) => Math.Round(count / seconds, 3);

    /// <summary>The .NET instruments measure seconds (<c>s</c>); anything already in <c>ms</c> is kept.</summary>
    private static double? Milliseconds(double? value, string instrument, IEnumerable<MetricSample> samples)
    {
        if (value is null)
        {
            return null;
        }
        var unit = samples.FirstOrDefault(sample => sample.Name == instrument)?.Unit;
        return Math.Round(unit == "ms" ? value.Value : value.Value * 1000, 2);
    }
}
