using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CpPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace CpPlatform.ServiceDefaults.Tests.Telemetry;

/// <summary>Health probes arrive every few seconds: they must not bury the real requests in traces or request metrics.</summary>
public sealed class HealthProbeTelemetryTests
{
    [Fact]
    public async Task A_health_probe_is_neither_recorded_as_a_span_nor_counted_as_a_request()
    {
        using var spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(spans);
        var routes = new ConcurrentQueue<string?>();
        using var requests = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "http.server.request.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        requests.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            routes.Enqueue(tags.ToArray().FirstOrDefault(tag => tag.Key == "http.route").Value as string));
        requests.Start();

        Activity? probe = null, request = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.UseServerSpanNaming();
        app.MapGet("/health", () => { probe = Activity.Current; return "Healthy"; });
        app.MapGet("/api/probed-things", () => { request = Activity.Current; return "[]"; });
        await app.StartAsync();
        using var client = app.GetTestClient();

        await client.GetStringAsync("/health");
        await client.GetStringAsync("/api/probed-things");
        // The request is measured, and its span named, as it ends: just after the client has the response.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!routes.Contains("/api/probed-things") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.False(probe!.Recorded);
        Assert.True(request!.Recorded);
        Assert.Equal("GET /api/probed-things", request.DisplayName);
        Assert.Contains("/api/probed-things", routes);
        Assert.DoesNotContain("/health", routes);
    }
}
