using System.Collections.Concurrent;
using System.Diagnostics;
using CpPlatform.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// An event waits in the outbox after its request has ended; the relay publishes it later in the trace of that
/// request, so operators see request, publish and consumption as one trace.
/// </summary>
public sealed class OutboxTraceTests
{
    private static readonly ActivitySource Requests = new("CpPlatform.Tests.Requests");

    [Fact]
    public async Task The_relay_publishes_in_the_trace_of_the_request_that_wrote_the_event_and_the_consumer_continues_it()
    {
        await using var database = await TestDatabase.CreateAsync("outbox-trace");
        await using var virtualHost = await TestVirtualHost.CreateAsync("outbox-trace");
        await using var service = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString);
        var spans = new ConcurrentQueue<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(Requests.Name, "CpPlatform", "MassTransit", "Npgsql")
            .AddProcessor(new Recorder(spans))
            .Build();

        ActivityContext request;
        using (var activity = Requests.StartActivity("POST /api/tallies", ActivityKind.Server)!)
        {
            request = activity.Context;
            await using var scope = service.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.AddEvent(new TallyIncremented("traced"));
            await db.SaveChangesAsync();
        }
        await service.WaitForConsumedAsync(1, TimeSpan.FromSeconds(30));
        // Other test classes run beside this one in the process: look at this request's trace only.
        await EventuallyAsync(() => spans.FirstOrDefault(span =>
            span.TraceId == request.TraceId && span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer));
        var trace = spans.Where(span => span.TraceId == request.TraceId).ToList();

        var publish = Assert.Single(trace, span => span.DisplayName == "outbox publish TallyIncremented");
        Assert.Equal(request.SpanId, publish.ParentSpanId);
        var send = Assert.Single(trace, span => span.Kind == ActivityKind.Producer);
        Assert.Equal(publish.SpanId, send.ParentSpanId);
        Assert.Contains(trace, span => span.Kind == ActivityKind.Consumer && span.ParentSpanId == send.SpanId);
        // The relay's polling of the outbox is not traced: no span holds its claiming query.
        Assert.DoesNotContain(spans, span => span.GetTagItem("db.query.text") is string query && query.Contains("SKIP LOCKED"));
    }

    private static async Task<Activity> EventuallyAsync(Func<Activity?> find)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (find() is not { } found)
        {
            Assert.True(DateTime.UtcNow < deadline, "The consumer's span did not end within 10 s.");
            await Task.Delay(50);
        }
        return find()!;
    }

    /// <summary>Keeps what an exporter would export: recorded spans, once ended.</summary>
    private sealed class Recorder(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            if (data.Recorded)
            {
                spans.Enqueue(data);
            }
        }
    }
}
