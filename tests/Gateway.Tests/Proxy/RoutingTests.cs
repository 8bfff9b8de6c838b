using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;

namespace CpPlatform.Gateway.Tests.Proxy;

public class RoutingTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private string NationalToken => factory.MintToken(ClientKind.National, "national-staff", "enterprises", "events");

    [Fact]
    public async Task Path_query_authorization_forwarding_headers_and_trace_context_reach_the_service()
    {
        var token = NationalToken;
        var traceId = ActivityTraceId.CreateRandom();
        // The caller's own span. The gateway's OpenTelemetry shares this process and, like any instrumented caller,
        // writes the outgoing request's traceparent from the ambient span: the caller's trace is this one either way.
        using var caller = new Activity("caller").SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/enterprises/search?q=curtidos%20norte&page=2");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        request.Headers.Add("X-Request-Id", "req-from-caller-1");

        var http = factory.CreateClient(token);
        var response = await http.SendAsync(request);

        var echoed = await response.EchoAsync();
        var gateway = http.BaseAddress!;
        Assert.Equal("/api/enterprises/search", echoed.Path);
        Assert.Equal("?q=curtidos%20norte&page=2", echoed.Query);
        Assert.Equal($"Bearer {token}", echoed.Authorization);
        Assert.Equal("127.0.0.1", echoed.ForwardedFor);
        Assert.Equal("http", echoed.ForwardedProto);
        Assert.Equal(gateway.Authority, echoed.ForwardedHost);
        Assert.NotNull(echoed.TraceParent);
        Assert.Equal(traceId.ToString(), echoed.TraceParent!.Split('-')[1]);
        Assert.Equal("req-from-caller-1", echoed.RequestId);
        Assert.Equal("req-from-caller-1", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task A_request_without_an_id_gets_one_that_the_service_and_the_caller_both_see()
    {
        var response = await factory.CreateClient(NationalToken).GetAsync("/api/centers");

        var echoed = await response.EchoAsync();
        Assert.False(string.IsNullOrEmpty(echoed.RequestId));
        Assert.Equal(echoed.RequestId, response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task A_caller_cannot_spoof_the_forwarded_address()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/centers/mx-chihuahua");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var echoed = await (await factory.CreateClient(NationalToken).SendAsync(request)).EchoAsync();

        Assert.Equal("127.0.0.1", echoed.ForwardedFor);
    }

    [Fact]
    public async Task A_service_with_an_HTTP2_endpoint_is_called_over_HTTP2_on_it_and_one_without_over_HTTP1()
    {
        var client = factory.CreateClient(NationalToken);
        var before = factory.Downstream.Received.Count;

        var overHttp2 = await (await client.PostAsJsonAsync("/api/events/registrations", new { name = "Taller" })).EchoAsync();
        var overHttp1 = await (await client.GetAsync("/api/enterprises/x")).EchoAsync();

        Assert.Equal("HTTP/2", overHttp2.Protocol);
        Assert.Equal("""{"name":"Taller"}""", overHttp2.Body);
        Assert.Equal("HTTP/1.1", overHttp1.Protocol);
        Assert.Equal(before + 2, factory.Downstream.Received.Count);
    }

    [Fact]
    public async Task Bodies_and_methods_are_forwarded_unchanged()
    {
        var response = await factory.CreateClient(NationalToken).PutAsJsonAsync("/api/centers/mx-chihuahua", new { name = "Chihuahua" });

        var echoed = await response.EchoAsync();
        Assert.Equal("PUT", echoed.Method);
        Assert.Equal("""{"name":"Chihuahua"}""", echoed.Body);
    }

    [Fact]
    public async Task Every_prefix_of_a_configured_service_is_routed_to_it()
    {
        var client = factory.CreateClient(NationalToken);

        foreach (var path in new[] { "/api/centers", "/api/enterprises/x", "/api/events/upcoming", "/api/public/events/open", "/api/monitoring/programs" })
        {
            Assert.Equal(path, (await (await client.GetAsync(path)).EchoAsync()).Path);
        }
    }

    [Fact]
    public async Task A_service_without_an_address_is_not_routed()
    {
        var withToken = await factory.CreateClient(NationalToken).GetAsync("/api/training/courses");
        var publicPath = await factory.CreateClient(token: null).GetAsync("/api/public/certificates/ABC-123");

        await withToken.ProblemAsync(HttpStatusCode.NotFound);
        await publicPath.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unreachable_service_answers_502_problem()
    {
        var response = await factory.CreateClient(NationalToken).GetAsync("/api/assessments/recent");

        var problem = await response.ProblemAsync(HttpStatusCode.BadGateway);
        Assert.Contains("assessments", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_services_own_error_answer_is_passed_back_untouched()
    {
        var response = await factory.CreateClient(NationalToken).GetAsync("/api/enterprises/status/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_services_openapi_document_is_served_anonymously_under_its_name()
    {
        var response = await factory.CreateClient(token: null).GetAsync("/openapi/enterprises.json");

        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EchoService.DocumentTitle, document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Monitoring_and_its_openapi_document_are_routed_to_the_monitoring_service()
    {
        var donor = TestTokens.Issue(ClientKind.Donor, "idb-reader", ["monitoring"], donor: "idb", signingKey: factory.SigningKey);

        var progress = await factory.CreateClient(donor).GetAsync("/api/monitoring/programs/p-1/progress?year=2004");
        var anonymous = await factory.CreateClient(token: null).GetAsync("/api/monitoring/programs");
        var document = await factory.CreateClient(token: null).GetFromJsonAsync<JsonElement>("/openapi/monitoring.json");

        var echoed = await progress.EchoAsync();
        Assert.Equal("/api/monitoring/programs/p-1/progress", echoed.Path);
        Assert.Equal("?year=2004", echoed.Query);
        Assert.Equal($"Bearer {donor}", echoed.Authorization);
        await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(EchoService.DocumentTitle, document.GetProperty("info").GetProperty("title").GetString());
    }
}
