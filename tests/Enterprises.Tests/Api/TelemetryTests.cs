using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace CpPlatform.Enterprises.Tests.Api;

public sealed class TelemetryTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>, IDisposable
{
    private readonly ConcurrentQueue<Activity> _serverSpans = new();
    private ActivityListener? _listener;

    [Fact]
    public async Task Server_spans_are_named_by_route_template_and_carry_http_attributes()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        Listen();

        var response = await client.GetAsync($"/api/enterprises/{enterprise.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var span = await ServerSpanAsync($"/api/enterprises/{enterprise.Id}");
        Assert.Equal("GET /api/enterprises/{id:guid}", span.DisplayName);
        Assert.Equal("/api/enterprises/{id:guid}", span.GetTagItem("http.route"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
    }

    /// <summary>The server span ends just after the response has reached the client, so it may need a moment.</summary>
    private async Task<Activity> ServerSpanAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var spans = _serverSpans.Where(activity => activity.GetTagItem("url.path") as string == path).ToList();
            if (spans.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(spans);
            }
            await Task.Delay(50);
        }
    }

    private void Listen()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _serverSpans.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener?.Dispose();
}
