using System.Diagnostics;
using CpPlatform.ServiceDefaults.Tests.Telemetry;
using CpPlatform.TestSupport;
using Microsoft.Extensions.DependencyInjection;
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
        // Traced as a service is (ConfigureOpenTelemetry); the test's own source stands in for ASP.NET Core's request.
        var recorder = new SpanRecorder();
        await using var service = await TallyServiceHost.StartAsync(database.ConnectionString, virtualHost.ConnectionString,
            tracing => tracing.AddSource(Requests.Name).AddProcessor(recorder));
        var spans = recorder.Spans;

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
        // Other test classes run beside this one in the process: look at this request's trace only. A span is recorded
        // when it ends, and the consumer's "process" span ends before the "receive" span that is its parent: wait for
        // the receive span under the send, not for any consumer span.
        var send = await EventuallyAsync(() => spans.FirstOrDefault(span => span.TraceId == request.TraceId && span.Kind == ActivityKind.Producer));
        await EventuallyAsync(() => spans.FirstOrDefault(span =>
            span.TraceId == request.TraceId && span.Kind == ActivityKind.Consumer && span.ParentSpanId == send.SpanId));
        var trace = spans.Where(span => span.TraceId == request.TraceId).ToList();

        var publish = Assert.Single(trace, span => span.DisplayName == "outbox publish TallyIncremented");
        Assert.Equal(request.SpanId, publish.ParentSpanId);
        Assert.Equal(send, Assert.Single(trace, span => span.Kind == ActivityKind.Producer));
        Assert.Equal(publish.SpanId, send.ParentSpanId);
        Assert.Equal("MassTransit", Assert.Single(trace, span => span.Kind == ActivityKind.Consumer && span.ParentSpanId == send.SpanId).Source.Name);
        // The request's own insert is traced (Npgsql's spans are on), but the relay's polling of the outbox is not:
        // no span, in any trace, holds its claiming query. Other tests run beside this one and their commands are traced
        // too: the hourly retention pass also locks with SKIP LOCKED, and migrations create the unsent rows' index.
        Assert.Contains(trace, span => span.Source.Name == "Npgsql" && QueryText(span).Contains("outbox_messages"));
        Assert.DoesNotContain(spans, span => span.Source.Name == "Npgsql" && IsTheRelaysClaim(QueryText(span)));
    }

    private static bool IsTheRelaysClaim(string query) =>
        query.Contains("sent_at IS NULL") && query.Contains("SKIP LOCKED");

    private static string QueryText(Activity span) =>
        span.GetTagItem("db.query.text") as string ?? span.GetTagItem("db.statement") as string ?? "";

    private static async Task<Activity> EventuallyAsync(Func<Activity?> find)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (find() is not { } found)
        {
            Assert.True(DateTime.UtcNow < deadline, "The expected span did not end within 10 s.");
            await Task.Delay(50);
        }
        return find()!;
    }
}
