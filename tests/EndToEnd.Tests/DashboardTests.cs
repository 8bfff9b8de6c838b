using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.TestSupport;
using Microsoft.Playwright;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// The ops dashboard of a running platform: a request through the gateway and the event it causes are one trace,
/// the metrics count the request, and a person's browser shows the resources and the trace's waterfall.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DashboardTests(PlatformFixture platform) : IDisposable
{
    private static readonly TimeSpan TelemetryPatience = TimeSpan.FromSeconds(60);
    private readonly HttpClient _dashboard = new() { BaseAddress = platform.AppHost.DashboardUrl };

    [Fact]
    public async Task A_registration_through_the_gateway_and_its_event_consumed_elsewhere_are_one_trace_and_counted_in_the_metrics()
    {
        var traceId = await RegisterEnterpriseInNewTraceAsync("mx-tracing", "TRZ-850101-AB1");

        // Each service exports on its own schedule; the gateway's span, which ends last, may well arrive last.
        var trace = await EventuallyAsync($"/api/traces/{traceId}", detail =>
            Spans(detail).Any(span => Is(span, "gateway", "server"))
            && Spans(detail).Any(span => Is(span, "assessments", "consumer")) && Spans(detail).Any(span => Is(span, "financing", "consumer")));
        var spans = Spans(trace).ToList();

        Assert.Equal("POST /api/enterprises/{**rest}", trace.GetProperty("summary").GetProperty("rootOperation").GetString());
        Assert.Equal("gateway", trace.GetProperty("summary").GetProperty("rootService").GetString());
        Assert.Superset(new HashSet<string?> { "gateway", "enterprises", "assessments", "financing" },
            trace.GetProperty("summary").GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToHashSet());
        var server = Assert.Single(spans, span => Is(span, "enterprises", "server"));
        Assert.Equal("POST /api/enterprises/", server.GetProperty("name").GetString());
        Assert.Contains(spans, span => Is(span, "enterprises", "client") && span.GetProperty("scope").GetString() == "Npgsql");
        var relay = Assert.Single(spans, span => span.GetProperty("name").GetString() == "outbox publish EnterpriseRegistered");
        Assert.Equal(server.GetProperty("spanId").GetString(), relay.GetProperty("parentSpanId").GetString());
        var send = Assert.Single(spans, span => Is(span, "enterprises", "producer"));
        Assert.Equal(relay.GetProperty("spanId").GetString(), send.GetProperty("parentSpanId").GetString());
        Assert.All(spans.Where(span => span.GetProperty("kind").GetString() == "consumer" && span.GetProperty("name").GetString()!.EndsWith(" receive")),
            receive => Assert.Equal(send.GetProperty("spanId").GetString(), receive.GetProperty("parentSpanId").GetString()));

        var metrics = await EventuallyAsync("/api/metrics?minutes=30", answer =>
            Route(answer, "gateway", "POST /api/enterprises/{**rest}") >= 1 && Route(answer, "enterprises", "POST /api/enterprises/") >= 1
            && Totals(answer, "enterprises").GetProperty("published").GetDouble() >= 1
            && Totals(answer, "assessments").GetProperty("consumed").GetDouble() >= 1);
        Assert.Contains(Service(metrics, "gateway").GetProperty("points").EnumerateArray(),
            point => point.GetProperty("requestsPerSecond").GetDouble() > 0 && point.GetProperty("p95Ms").ValueKind == JsonValueKind.Number);
        Assert.True(Totals(metrics, "enterprises").GetProperty("dbCalls").GetInt64() > 0);

        var logs = await EventuallyAsync("/api/logs?service=gateway&limit=5", found => found.GetArrayLength() > 0);
        Assert.All(logs.EnumerateArray(), log => Assert.Equal("gateway", log.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task In_the_browser_a_person_sees_the_resources_the_waterfall_of_a_request_its_metrics_logs_and_console()
    {
        var traceId = await RegisterEnterpriseInNewTraceAsync("mx-browser", "BRW-850101-AB2");
        await EventuallyAsync($"/api/traces/{traceId}", detail =>
            Spans(detail).Any(span => Is(span, "gateway", "server")) && Spans(detail).Any(span => Is(span, "assessments", "consumer")));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Args = ["--no-sandbox"],
            Headless = true,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });

        await page.GotoAsync(new Uri(platform.AppHost.DashboardUrl, $"/login?t={platform.AppHost.DashboardToken}").ToString());
        await page.WaitForURLAsync("**/resources.html");
        foreach (var name in new[] { "postgres", "messaging", "cache", "enterprises", "assessments", "financing", "gateway" })
        {
            var row = page.Locator($"#resources tr[data-name='{name}']");
            await Assertions.Expect(row.Locator(".badge").First).ToHaveTextAsync("Running");
            await Assertions.Expect(row.Locator(".badge").Nth(1)).ToHaveTextAsync("Healthy");
        }
        await Assertions.Expect(page.Locator("#resources tr[data-name='gateway']")).ToContainTextAsync(platform.AppHost.GatewayUrl.ToString().TrimEnd('/'));
        await Assertions.Expect(page.Locator("#resources tr[data-name='gateway'] button[data-command='restart']")).ToBeEnabledAsync();
        await Screenshot(page, "dashboard-resources.png");

        await page.GotoAsync(new Uri(platform.AppHost.DashboardUrl, "/traces.html").ToString());
        var traceLink = page.Locator($"#traces a[href='/trace.html?id={traceId}']");
        await Assertions.Expect(traceLink).ToHaveTextAsync("POST /api/enterprises/{**rest}");
        await Screenshot(page, "dashboard-traces.png");
        await traceLink.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("POST /api/enterprises/{**rest}");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("assessments");
        var rows = page.Locator("#waterfall .row");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "outbox publish EnterpriseRegistered" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "financing-enterprise-registered receive" })).ToHaveCountAsync(1);
        await rows.Filter(new LocatorFilterOptions { HasText = "outbox publish EnterpriseRegistered" }).ClickAsync();
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("messaging.message.id");
        await Screenshot(page, "dashboard-trace.png");

        var gatewayMetrics = Assertions.Expect(page.Locator("#services section[data-service='gateway']"));
        await page.GotoAsync(new Uri(platform.AppHost.DashboardUrl, "/metrics.html").ToString());
        await gatewayMetrics.ToContainTextAsync("Requests per second");
        await gatewayMetrics.ToContainTextAsync("POST /api/enterprises/{**rest}", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#services section[data-service='enterprises']")).ToContainTextAsync("Messages per second");
        await Screenshot(page, "dashboard-metrics.png");

        await page.GotoAsync(new Uri(platform.AppHost.DashboardUrl, "/logs.html?service=gateway").ToString());
        await Assertions.Expect(page.Locator("#logs > tbody")).ToContainTextAsync("gateway");
        await Screenshot(page, "dashboard-logs.png");

        await page.GotoAsync(new Uri(platform.AppHost.DashboardUrl, "/console.html?resource=gateway").ToString());
        await Assertions.Expect(page.Locator("#title")).ToHaveTextAsync("gateway: live output");
        await Assertions.Expect(page.Locator("#console .line").First).ToBeVisibleAsync();
        await Screenshot(page, "dashboard-console.png");
    }

    [Fact]
    public async Task An_operator_restarts_a_service_from_the_dashboard_and_it_comes_back_healthy_with_a_new_process()
    {
        var before = Resource(await EventuallyAsync("/api/resources", _ => true), "financing");

        using var restart = new HttpRequestMessage(HttpMethod.Post, "/api/resources/financing/restart");
        restart.Headers.Authorization = new AuthenticationHeaderValue("Bearer", platform.AppHost.DashboardToken);
        Assert.Equal(HttpStatusCode.Accepted, (await _dashboard.SendAsync(restart)).StatusCode);

        var after = Resource(await EventuallyAsync("/api/resources", resources =>
        {
            var financing = Resource(resources, "financing");
            return financing.GetProperty("health").GetString() == "Healthy" && financing.GetProperty("pid").ValueKind == JsonValueKind.Number
                && financing.GetProperty("pid").GetInt32() != before.GetProperty("pid").GetInt32();
        }), "financing");
        Assert.Equal("Running", after.GetProperty("state").GetString());
        Assert.Equal(before.GetProperty("restarts").GetInt32(), after.GetProperty("restarts").GetInt32());
        Assert.Contains(after.GetProperty("environment").EnumerateArray(), variable =>
            variable.GetProperty("name").GetString() == "ConnectionStrings__financing-db" && variable.GetProperty("value").GetString()!.Contains("Password=••••••"));
    }

    /// <summary>
    /// A center registers an enterprise through the gateway as a traced client would, sending its own W3C
    /// <c>traceparent</c>, so the test knows the trace id the platform's spans carry.
    /// </summary>
    private async Task<string> RegisterEnterpriseInNewTraceAsync(string centerId, string taxId)
    {
        var center = await CenterAppAsync(platform, centerId);
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/enterprises")
        {
            Content = JsonContent.Create(new
            {
                legalName = $"Traced {taxId}", taxId, country = "MX", state = "Chihuahua", municipality = "Juárez",
                sector = "leather-tanning", employees = 30, annualSalesUsd = 1_200_000, consents = new { publishResults = true, shareWithBanks = true },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", center);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        await Json(await platform.Http.SendAsync(request), HttpStatusCode.Created);
        return traceId;
    }

    private async Task<JsonElement> EventuallyAsync(string path, Func<JsonElement, bool> arrived)
    {
        var deadline = DateTime.UtcNow + TelemetryPatience;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", platform.AppHost.DashboardToken);
            using var response = await _dashboard.SendAsync(request);
            last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode)
            {
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (arrived(body))
                {
                    return body;
                }
            }
            await Task.Delay(500);
        }
        Assert.Fail($"GET {path} on the dashboard did not show the expected telemetry within {TelemetryPatience}. Last answer {last[..Math.Min(last.Length, 3000)]}");
        return default;
    }

    private static JsonElement Resource(JsonElement resources, string name) =>
        resources.EnumerateArray().Single(resource => resource.GetProperty("name").GetString() == name);

    private static IEnumerable<JsonElement> Spans(JsonElement detail) =>
        detail.GetProperty("spans").EnumerateArray().Select(waterfall => waterfall.GetProperty("span"));

    private static bool Is(JsonElement span, string service, string kind) =>
        span.GetProperty("service").GetString() == service && span.GetProperty("kind").GetString() == kind;

    private static JsonElement Service(JsonElement metrics, string service) =>
        metrics.GetProperty("services").EnumerateArray().FirstOrDefault(s => s.GetProperty("service").GetString() == service);

    private static JsonElement Totals(JsonElement metrics, string service) =>
        Service(metrics, service) is { ValueKind: JsonValueKind.Object } found ? found.GetProperty("totals") : JsonDocument.Parse("""{"published":0,"consumed":0,"dbCalls":0}""").RootElement;

    private static long Route(JsonElement metrics, string service, string route) =>
        Service(metrics, service) is { ValueKind: JsonValueKind.Object } found
            ? found.GetProperty("routes").EnumerateArray().Where(r => r.GetProperty("route").GetString() == route).Sum(r => r.GetProperty("requests").GetInt64())
            : 0;

    /// <summary>Kept beside the test results (<c>TestResults/dashboard/</c> at the repository root) for people to look at.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "TestResults", "dashboard");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    public void Dispose() => _dashboard.Dispose();
}
