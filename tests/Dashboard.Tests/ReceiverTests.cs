using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using CpPlatform.Dashboard.Api;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CpPlatform.Dashboard.Tests;

/// <summary>The OpenTelemetry SDK's own OTLP exporter (HTTP/protobuf, as the services use it) sends to the receiver.</summary>
public sealed class ReceiverTests : IAsyncLifetime
{
    private RunningDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await RunningDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Spans_of_two_services_arrive_as_one_trace_in_waterfall_order()
    {
        using var orders = new ActivitySource("Orders.Api");
        using var billing = new ActivitySource("Billing.Consumers");
        using var ordersTracing = Tracing("orders", orders.Name);
        using var billingTracing = Tracing("billing", billing.Name);

        ActivityContext producer;
        string traceId;
        using (var request = orders.StartActivity("POST /api/orders", ActivityKind.Server)!)
        {
            traceId = request.TraceId.ToHexString();
            request.SetTag("http.request.method", "POST");
            request.SetTag("http.response.status_code", 201);
            using (var insert = orders.StartActivity("INSERT orders", ActivityKind.Client)!)
            {
                insert.SetTag("db.system.name", "postgresql");
            }
            using var publish = orders.StartActivity("OrderPlaced publish", ActivityKind.Producer)!;
            producer = publish.Context;
            publish.AddEvent(new ActivityEvent("sent"));
        }
        using (var consume = billing.StartActivity("OrderPlaced consume", ActivityKind.Consumer, producer)!)
        {
            consume.SetStatus(ActivityStatusCode.Error, "card declined");
        }
        Assert.True(ordersTracing.ForceFlush(5_000));
        Assert.True(billingTracing.ForceFlush(5_000));

        var trace = await RunningDashboard.EventuallyAsync(() => _dashboard.GetAsync($"/api/traces/{traceId}"),
            detail => detail.GetProperty("spans").GetArrayLength() == 4);

        var summary = trace.GetProperty("summary");
        Assert.Equal("POST /api/orders", summary.GetProperty("rootOperation").GetString());
        Assert.Equal(["orders", "billing"], summary.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, summary.GetProperty("errorCount").GetInt32());

        var spans = trace.GetProperty("spans").EnumerateArray().Select(w => (
            Depth: w.GetProperty("depth").GetInt32(), Span: w.GetProperty("span"))).ToList();
        Assert.Equal(["POST /api/orders", "INSERT orders", "OrderPlaced publish", "OrderPlaced consume"], spans.Select(s => s.Span.GetProperty("name").GetString()));
        Assert.Equal([0, 1, 1, 2], spans.Select(s => s.Depth));
        Assert.Equal(["server", "client", "producer", "consumer"], spans.Select(s => s.Span.GetProperty("kind").GetString()));
        Assert.Equal("postgresql", spans[1].Span.GetProperty("attributes").GetProperty("db.system.name").GetString());
        Assert.Equal("201", spans[0].Span.GetProperty("attributes").GetProperty("http.response.status_code").GetString());
        Assert.Equal("sent", spans[2].Span.GetProperty("events")[0].GetProperty("name").GetString());
        Assert.Equal("card declined", spans[3].Span.GetProperty("statusMessage").GetString());
        Assert.Equal(spans[2].Span.GetProperty("spanId").GetString(), spans[3].Span.GetProperty("parentSpanId").GetString());

        var list = await _dashboard.GetAsync("/api/traces?service=billing&errors=true");
        Assert.Equal(traceId, Assert.Single(list.EnumerateArray()).GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task Logs_arrive_with_service_level_message_and_the_trace_they_were_written_in()
    {
        using var source = new ActivitySource("Orders.Logging");
        using var tracing = Tracing("orders", source.Name);
        string traceId;
        using (var loggers = LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
               {
                   options.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("orders"));
                   options.IncludeFormattedMessage = true;
                   options.AddOtlpExporter(Exporter("logs"));
               })))
        {
            var logger = loggers.CreateLogger("Orders.Api.Checkout");
            using (var request = source.StartActivity("POST /api/orders", ActivityKind.Server)!)
            {
                traceId = request.TraceId.ToHexString();
                logger.LogWarning("Order {OrderId} waits for stock of {Sku}", "o-17", "sku-4");
            }
            logger.LogInformation("Stock refreshed");
        } // Disposing the factory exports what its batch still holds.

        var warnings = await RunningDashboard.EventuallyAsync(() => _dashboard.GetAsync($"/api/logs?traceId={traceId}"), logs => logs.GetArrayLength() > 0);
        var warning = Assert.Single(warnings.EnumerateArray());
        Assert.Equal("orders", warning.GetProperty("service").GetString());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("Orders.Api.Checkout", warning.GetProperty("category").GetString());
        Assert.Equal("Order o-17 waits for stock of sku-4", warning.GetProperty("message").GetString());
        Assert.Equal("sku-4", warning.GetProperty("attributes").GetProperty("Sku").GetString());

        Assert.Equal(2, (await _dashboard.GetAsync("/api/logs?service=orders")).GetArrayLength());
        Assert.Single((await _dashboard.GetAsync("/api/logs?level=warning")).EnumerateArray());
        Assert.Equal("Stock refreshed", Assert.Single((await _dashboard.GetAsync("/api/logs?text=refreshed")).EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Cumulative_metrics_become_rates_errors_and_latency_percentiles_without_counting_twice()
    {
        using var meter = new Meter("Orders.Metrics");
        var duration = meter.CreateHistogram("http.server.request.duration", "s", "as ASP.NET Core measures it", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
        var sent = meter.CreateCounter<long>("messaging.masstransit.send");
        using var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService("orders"))
            .AddMeter(meter.Name)
            .AddOtlpExporter((exporter, reader) =>
            {
                Exporter("metrics")(exporter);
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 600_000;
            })
            .Build();

        Request(0.010, 201);
        Request(0.020, 201);
        Request(0.300, 500);
        sent.Add(2);
        Assert.True(metrics.ForceFlush(5_000));
        Request(0.015, 201);
        sent.Add(1);
        Assert.True(metrics.ForceFlush(5_000));

        var answer = await RunningDashboard.EventuallyAsync(() => _dashboard.GetAsync<MetricsAnswer>("/api/metrics?service=orders&minutes=5"),
            a => a.Services.Count == 1 && a.Services[0].Totals.Requests == 4 && a.Services[0].Totals.Published == 3);
        var orders = Assert.Single(answer.Services);
        Assert.Equal(1, orders.Totals.Errors);
        var route = Assert.Single(orders.Routes);
        Assert.Equal("POST /api/orders", route.Route);
        Assert.Equal(4, route.Requests);
        var measured = orders.Points.Where(point => point.P50Ms is not null).ToList();
        Assert.NotEmpty(measured);
        Assert.All(measured, point => Assert.InRange(point.P50Ms!.Value, 10, 25));
        Assert.Contains(measured, point => point.P99Ms > 250 && point.ErrorRate > 0);
        Assert.Equal(4, orders.Points.Sum(point => point.RequestsPerSecond * answer.StepSeconds), 3);

        void Request(double seconds, int status) => duration.Record(seconds,
            new("http.request.method", "POST"), new("http.route", "/api/orders"), new("http.response.status_code", status));
    }

    [Fact]
    public void Quiet_counters_and_unchanged_levels_are_not_kept_again_at_every_export()
    {
        using var meter = new Meter("Orders.Quiet");
        var connections = meter.CreateUpDownCounter<long>("db.client.connection.count");
        var sent = meter.CreateCounter<long>("messaging.masstransit.send");
        using var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService("quiet"))
            .AddMeter(meter.Name)
            .AddOtlpExporter((exporter, reader) =>
            {
                Exporter("metrics")(exporter);
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 600_000;
            })
            .Build();

        connections.Add(3);
        sent.Add(1);
        Assert.True(metrics.ForceFlush(5_000));
        Assert.True(metrics.ForceFlush(5_000));
        connections.Add(-1);
        Assert.True(metrics.ForceFlush(5_000));

        var samples = _dashboard.Server.Telemetry.Metrics.Snapshot().Where(sample => sample.Service == "quiet").ToList();
        Assert.Equal([3.0, 2.0], samples.Where(sample => sample.Name == "db.client.connection.count").Select(sample => sample.Value));
        Assert.Equal([1.0], samples.Where(sample => sample.Name == "messaging.masstransit.send").Select(sample => sample.Value));
    }

    [Fact]
    public async Task Exports_without_the_api_key_or_in_another_encoding_are_refused()
    {
        using var http = new HttpClient();
        var withoutKey = new ByteArrayContent([]);
        withoutKey.Headers.ContentType = new("application/x-protobuf");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(_dashboard.Signal("traces"), withoutKey)).StatusCode);

        using var json = new HttpRequestMessage(HttpMethod.Post, _dashboard.Signal("traces")) { Content = new StringContent("{}", null, "application/json") };
        json.Headers.Add("x-otlp-api-key", RunningDashboard.ApiKey);
        var answer = await http.SendAsync(json);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
        Assert.Contains("protobuf", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    private TracerProvider Tracing(string service, string source) => Sdk.CreateTracerProviderBuilder()
        .ConfigureResource(resource => resource.AddService(service))
        .AddSource(source)
        .AddOtlpExporter(options =>
        {
            Exporter("traces")(options);
            options.ExportProcessorType = ExportProcessorType.Simple;
        })
        .Build();

    private Action<OtlpExporterOptions> Exporter(string signal) => options =>
    {
        options.Endpoint = _dashboard.Signal(signal);
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Headers = RunningDashboard.ExporterHeaders;
    };
}
