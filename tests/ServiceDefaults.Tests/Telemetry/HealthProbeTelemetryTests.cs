using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CpPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CpPlatform.ServiceDefaults.Tests.Telemetry;

/// <summary>Health probes arrive every few seconds: they must not bury the real requests in traces or request metrics.</summary>
public sealed class HealthProbeTelemetryTests
{
    [Fact]
    public async Task A_health_probe_is_neither_recorded_as_a_span_nor_counted_as_a_request()
    {
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

        var recorder = new SpanRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.ConfigureOpenTelemetry();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(recorder));
        await using var app = builder.Build();
        app.UseProbesOutOfRequestMetrics();
        app.MapGet("/health", () => "Healthy");
        app.MapGet("/alive", () => "Healthy");
        app.MapGet("/api/probed-things", () => "[]");
        await app.StartAsync();
        using var client = app.GetTestClient();

        await client.GetStringAsync("/health");
        await client.GetStringAsync("/alive");
        await client.GetStringAsync("/api/probed-things");
        // The request is measured, and its span ended, just after the client has the response.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(routes.Contains("/api/probed-things") && recorder.Spans.Any(span => span.DisplayName == "GET /api/probed-things"))
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var server = recorder.Spans.Where(span => span.Source.Name == "Microsoft.AspNetCore").ToList();
        var request = Assert.Single(server);
        Assert.Equal("GET /api/probed-things", request.DisplayName);
        Assert.Equal("/api/probed-things", request.GetTagItem("http.route"));
        Assert.Contains("/api/probed-things", routes);
        Assert.DoesNotContain("/health", routes);
        Assert.DoesNotContain("/alive", routes);
    }
}
