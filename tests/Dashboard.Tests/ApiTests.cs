using System.Net;
using System.Text.Json;
using CpPlatform.Dashboard.Resources;

namespace CpPlatform.Dashboard.Tests;

public sealed class ApiTests : IAsyncLifetime
{
    private readonly FixedResourceCatalog _catalog = new();
    private RunningDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await RunningDashboard.StartAsync(catalog: _catalog);

    public async Task DisposeAsync()
    {
        await _dashboard.DisposeAsync();
        _catalog.Dispose();
    }

    [Fact]
    public async Task Pages_and_api_need_the_login_token_and_the_printed_link_logs_the_browser_in()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = _dashboard.Server.OtlpEndpoint };

        var page = await browser.GetAsync("/resources.html");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/resources")).StatusCode);
        Assert.Contains("Token", await (await browser.GetAsync("/login")).Content.ReadAsStringAsync());

        var wrong = await browser.GetAsync("/login?t=guess");
        Assert.Equal("/login#failed", wrong.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/resources")).StatusCode);

        var login = await browser.GetAsync(_dashboard.Server.LoginUrl.PathAndQuery);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        Assert.DoesNotContain(RunningDashboard.Token, string.Join(";", login.Headers.GetValues("Set-Cookie")));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/resources")).StatusCode);
        var html = await browser.GetAsync("/resources.html");
        Assert.Equal("text/html; charset=utf-8", html.Content.Headers.ContentType?.ToString());
        Assert.Contains("<h1>Resources</h1>", await html.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Resources_show_state_health_urls_and_environment_with_secrets_masked()
    {
        var resources = await _dashboard.GetAsync("/api/resources");

        var orders = resources.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "orders");
        Assert.Equal("Running", orders.GetProperty("state").GetString());
        Assert.Equal("Healthy", orders.GetProperty("health").GetString());
        Assert.Equal(202, orders.GetProperty("pid").GetInt32());
        Assert.Equal(2, orders.GetProperty("restarts").GetInt32());
        Assert.InRange(orders.GetProperty("uptimeSeconds").GetDouble(), 55, 120);
        Assert.Equal(["start", "stop", "restart"], orders.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
        var key = Assert.Single(orders.GetProperty("environment").EnumerateArray());
        Assert.Equal(SecretMasking.Mask, key.GetProperty("value").GetString());
        var postgres = resources.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "postgres");
        Assert.Equal($"Host=127.0.0.1;Port=55432;Username=cp;Password={SecretMasking.Mask}",
            postgres.GetProperty("environment")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Commands_reach_projects_only()
    {
        Assert.Equal(HttpStatusCode.Accepted, (await _dashboard.Api.PostAsync("/api/resources/orders/restart", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _dashboard.Api.PostAsync("/api/resources/postgres/stop", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _dashboard.Api.PostAsync("/api/resources/nothing/stop", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _dashboard.Api.PostAsync("/api/resources/orders/explode", null)).StatusCode);

        Assert.Equal([("orders", ResourceCommand.Restart)], _catalog.Commands);
    }

    [Fact]
    public async Task Console_output_is_tailed_after_a_line_number_searched_and_downloaded()
    {
        var after = await _dashboard.GetAsync("/api/resources/orders/console?after=1");
        Assert.Equal([2L, 3L], after.EnumerateArray().Select(line => line.GetProperty("sequence").GetInt64()));

        var found = await _dashboard.GetAsync("/api/resources/orders/console/search?q=LISTENING");
        Assert.Equal("Now listening on: http://127.0.0.1:5001", Assert.Single(found.EnumerateArray()).GetString());

        var download = await _dashboard.Api.GetAsync("/api/resources/orders/console/download");
        Assert.Equal("orders.log", download.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Application started", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _dashboard.Api.GetAsync("/api/resources/nothing/console")).StatusCode);
    }

    [Fact]
    public async Task A_bad_filter_answers_a_problem_naming_the_field()
    {
        var answer = await _dashboard.Api.GetAsync("/api/logs?level=loud");
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("level", out _));

        Assert.Equal(HttpStatusCode.BadRequest, (await _dashboard.Api.GetAsync("/api/metrics?minutes=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _dashboard.Api.GetAsync("/api/traces/0123456789abcdef0123456789abcdef")).StatusCode);
    }

    [Fact]
    public async Task A_trace_and_a_time_range_export_as_json_files()
    {
        _dashboard.Server.Telemetry.Spans.Add([Samples.Span("aa", 1), Samples.Span("aa", 2, parent: $"{1:x16}"), Samples.Span("bb", 3)]);
        _dashboard.Server.Telemetry.Logs.Add([Samples.Log(1) with { TraceId = "aa" }, Samples.Log(2)]);

        var trace = await _dashboard.Api.GetAsync("/api/export/traces/aa");
        Assert.Equal("trace-aa.json", trace.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var exported = JsonDocument.Parse(await trace.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, exported.GetProperty("spans").GetArrayLength());
        Assert.Equal("log 1", Assert.Single(exported.GetProperty("logs").EnumerateArray()).GetProperty("message").GetString());

        var from = Uri.EscapeDataString(Samples.Start.AddMilliseconds(1.5).ToString("O"));
        var to = Uri.EscapeDataString(Samples.Start.AddSeconds(1.5).ToString("O"));
        var range = await _dashboard.GetAsync($"/api/export?from={from}&to={to}");
        Assert.Equal([$"{2:x16}", $"{3:x16}"], range.GetProperty("spans").EnumerateArray().Select(span => span.GetProperty("spanId").GetString()));
        Assert.Equal("log 1", Assert.Single(range.GetProperty("logs").EnumerateArray()).GetProperty("message").GetString());
    }
}
