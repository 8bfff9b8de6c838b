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
        var span = Assert.Single(_serverSpans, activity => activity.GetTagItem("url.path") as string == $"/api/enterprises/{enterprise.Id}");
        Assert.Equal("GET /api/enterprises/{id:guid}", span.DisplayName);
        Assert.Equal("/api/enterprises/{id:guid}", span.GetTagItem("http.route"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
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
