using CpPlatform.Monitoring.Reports;
using Microsoft.Playwright;

namespace CpPlatform.Monitoring.Tests.Reports;

/// <summary>
/// The seed program's progress report as a reader sees it in Debian's chromium (driven by Playwright), on screen and
/// printed; the page, screenshots and a PDF are kept under <c>TestResults/monitoring/</c> at the repository root.
/// </summary>
public sealed class ProgressReportBrowserTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "TestResults", "monitoring");

    [Fact]
    public async Task The_report_shows_a_bar_per_line_and_a_chart_per_indicator_on_screen_and_in_print()
    {
        var progress = SeedProgramProgress.Build();
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, "report.html");
        await File.WriteAllTextAsync(file, ProgressReportHtml.Render(progress));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = Chromium.Arguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }))
            .ToHaveTextAsync("TC-02-02-01-2: Cleaner production in SMEs of Chihuahua and Tabasco");
        var bars = page.GetByRole(AriaRole.Progressbar);
        Assert.Equal(progress.Indicators.Sum(indicator => indicator.Targets.Count), await bars.CountAsync());
        var reached = page.GetByRole(AriaRole.Progressbar, new PageGetByRoleOptions { Name = "C1.1 Total, whole period", Exact = true });
        await Assertions.Expect(reached).ToBeVisibleAsync();
        await Assertions.Expect(reached).ToHaveAttributeAsync("aria-valuenow", "54.6");
        var fill = await reached.Locator(".fill").BoundingBoxAsync();
        var track = await reached.BoundingBoxAsync();
        Assert.InRange(fill!.Width / track!.Width, 0.54, 0.55);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new PageGetByRoleOptions { Name = "Total, whole period" }).First)
            .ToContainTextAsync("14 of 50 (28.0%) at risk");

        var charts = page.GetByRole(AriaRole.Img);
        Assert.Equal(progress.Indicators.Count, await charts.CountAsync());
        var consultants = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "C2.1 Consultants trained: actual at the end of each month" });
        await Assertions.Expect(consultants).ToBeVisibleAsync();
        await Assertions.Expect(consultants).ToContainTextAsync("target 120");
        await Assertions.Expect(consultants).ToContainTextAsync("Jan 2003");
        Assert.True((await consultants.BoundingBoxAsync())!.Height > 150, "the chart is drawn at a readable size");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "report-screen.png"), FullPage = true });

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var indicator = page.Locator("article.indicator").First;
        Assert.Equal("avoid", await indicator.EvaluateAsync<string>("article => getComputedStyle(article).breakInside"));
        await Assertions.Expect(consultants).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "report-print.png"), FullPage = true });
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(Folder, "report.pdf"), Format = "A4", PrintBackground = true });
    }
}
