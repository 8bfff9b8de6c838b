using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using CpPlatform.TestSupport;
using Microsoft.Playwright;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// The Aspire dashboard of a running platform, as an operator sees it in a browser (Debian's chromium driven by
/// Playwright): every resource running and healthy, and a registration through the gateway as one trace across the
/// gateway, the enterprises service and the consumers of its event in other services.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DashboardTests(PlatformFixture platform)
{
    // Each service exports on its own schedule, and slowly while the whole suite shares the two cores; an export that
    // times out on a saturated machine is dropped (telemetry is best effort), so a trace may never arrive whole: the
    // test then makes a new one, up to three in all.
    private static readonly TimeSpan TelemetryPatience = TimeSpan.FromSeconds(60);
    private const int TraceAttempts = 3;

    [Fact]
    public async Task In_the_dashboard_every_resource_runs_healthy_and_a_registration_is_one_trace_from_the_gateway_to_the_consumers()
    {
        await using var browser = await DashboardBrowser.OpenAsync(platform);
        var page = browser.Page;

        await page.GotoAsync(new Uri(platform.DashboardLoginUrl, "/").ToString());
        foreach (var name in PlatformFixture.Resources.Concat(["enterprises-db", "gateway-db"]))
        {
            var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = page.GetByText(name, new PageGetByTextOptions { Exact = true }) });
            await Assertions.Expect(row.First).ToContainTextAsync("Running");
            await Assertions.Expect(row.First).Not.ToContainTextAsync("Unhealthy");
            Assert.True(platform.App.ResourceNotifications.TryGetCurrentState(name, out var state), $"{name} is not a resource");
            Assert.Equal(HealthStatus.Healthy, state.Snapshot.HealthStatus);
        }
        await Screenshot(page, "resources.png");

        var spans = page.GetByRole(AriaRole.Row);
        var center = await CenterAppAsync(platform, "mx-dashboard");
        var arrived = false;
        for (var attempt = 1; attempt <= TraceAttempts && !arrived; attempt++)
        {
            var traceId = await RegisterEnterpriseInNewTraceAsync(center, $"DSH-850101-AB{attempt}");
            arrived = await EventuallyAsync(page, $"/traces/detail/{traceId}", async () =>
                await spans.Filter(new LocatorFilterOptions { HasText = "financing-enterprise-registered receive" }).CountAsync() > 0
                && await spans.Filter(new LocatorFilterOptions { HasText = "assessments-enterprise-registered receive" }).CountAsync() > 0);
        }
        if (!arrived)
        {
            await Screenshot(page, "missing-telemetry.png");
            Assert.Fail($"None of {TraceAttempts} registrations showed its whole trace within {TelemetryPatience}; see TestResults/dashboard/missing-telemetry.png");
        }
        await Assertions.Expect(spans.Filter(new LocatorFilterOptions { HasText = "POST /api/enterprises/{**rest}" }).First).ToContainTextAsync("gateway");
        await Assertions.Expect(spans.Filter(new LocatorFilterOptions { HasText = "POST /api/enterprises/" }).Last).ToContainTextAsync("enterprises");
        await Assertions.Expect(spans.Filter(new LocatorFilterOptions { HasText = "outbox publish EnterpriseRegistered" })).ToContainTextAsync("enterprises");
        await Assertions.Expect(spans.Filter(new LocatorFilterOptions { HasText = "enterprises-db" }).First).ToContainTextAsync("postgresql");
        await Assertions.Expect(spans.Filter(new LocatorFilterOptions { HasText = "financing-enterprise-registered receive" })).ToContainTextAsync("financing");
        await Screenshot(page, "trace.png");

        await page.GotoAsync(new Uri(platform.DashboardLoginUrl, "/traces").ToString());
        await Assertions.Expect(page.GetByText("POST /api/enterprises/{**rest}").First).ToBeVisibleAsync();
        await Screenshot(page, "traces.png");

        await page.GotoAsync(new Uri(platform.DashboardLoginUrl, "/structuredlogs").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "gateway" }).First).ToBeVisibleAsync();
        await Screenshot(page, "structured-logs.png");
    }

    /// <summary>
    /// A center registers an enterprise through the gateway as a traced client would, sending its own W3C
    /// <c>traceparent</c>, so the test knows the trace id the platform's spans carry.
    /// </summary>
    private async Task<string> RegisterEnterpriseInNewTraceAsync(string center, string taxId)
    {
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

    /// <summary>Each service exports on its own schedule: the page is opened again until what is expected is on it, or the patience runs out.</summary>
    private static async Task<bool> EventuallyAsync(IPage page, string path, Func<Task<bool>> arrived)
    {
        var deadline = DateTime.UtcNow + TelemetryPatience;
        while (DateTime.UtcNow <= deadline)
        {
            await page.GotoAsync(new Uri(new Uri(page.Url), path).ToString());
            await page.WaitForTimeoutAsync(1000);
            if (await arrived())
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Kept beside the test results (<c>TestResults/dashboard/</c> at the repository root) for people to look at.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "TestResults", "dashboard");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
