using System.Text.Json;

namespace CpPlatform.Assessments.Tests.Api;

public class PortfolioTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    [Fact]
    public async Task The_portfolio_sums_implemented_figures_per_sector_and_in_total_for_each_audience()
    {
        var north = ApiClient.NewCenterId();
        var south = ApiClient.NewCenterId();
        var northClient = factory.AsCenter(north);
        var southClient = factory.AsCenter(south);

        // north, leather tanning: two plants; 3 recommended (1 rejected too), 2 implemented: 1,800 + 3,000 invested, 4,000 + 3,600 saved
        var tannery1 = await factory.SelectProjectAsync(north, "leather-tanning");
        await northClient.ImplementAsync(tannery1, await northClient.AddOptionAsync(tannery1, 2_000m, 4_000m), actualInvestment: 1_800m);
        await northClient.AddOptionAsync(tannery1, 700m, 100m);
        await northClient.PostOkAsync($"/api/assessments/projects/{tannery1}/options/{await northClient.AddOptionAsync(tannery1, 50_000m, 1m)}/reject",
            new { reason = "economic" });
        var tannery2 = await factory.SelectProjectAsync(north, "leather-tanning");
        await northClient.ImplementAsync(tannery2, await northClient.AddOptionAsync(tannery2, 3_000m, 3_000m), verifiedAnnualSavings: 3_600m);
        // north, dairy: one plant, one no-cost option implemented
        var dairy = await factory.SelectProjectAsync(north, "dairy");
        await northClient.ImplementAsync(dairy, await northClient.AddOptionAsync(dairy, 0m, 1_200m));
        // south, leather tanning: one plant with nothing implemented yet
        var southTannery = await factory.SelectProjectAsync(south, "leather-tanning");
        await southClient.AddOptionAsync(southTannery, 10_000m, 2_000m);

        var northView = await northClient.GetJsonAsync("/api/assessments/portfolio");
        var leather = Sector(northView, "leather-tanning");
        Assert.Equal((2, 3, 2), (leather.GetProperty("plants").GetInt32(), leather.GetProperty("recommendedOptions").GetInt32(), leather.GetProperty("implementedOptions").GetInt32()));
        Assert.Equal((4_800m, 7_600m), (leather.GetProperty("investment").GetDecimal(), leather.GetProperty("annualSavings").GetDecimal()));
        Assert.Equal("66.7", leather.GetProperty("implementationRatePercent").GetRawText());
        Assert.Equal("158.3", leather.GetProperty("roiPercent").GetRawText());
        Assert.Equal("7.6", leather.GetProperty("paybackMonths").GetRawText());
        var dairyLine = Sector(northView, "dairy");
        Assert.Equal("0.0", dairyLine.GetProperty("paybackMonths").GetRawText());
        Assert.Equal(JsonValueKind.Null, dairyLine.GetProperty("roiPercent").ValueKind);
        var northTotal = northView.GetProperty("total");
        Assert.Equal((3, 4, 3), (northTotal.GetProperty("plants").GetInt32(), northTotal.GetProperty("recommendedOptions").GetInt32(), northTotal.GetProperty("implementedOptions").GetInt32()));
        Assert.Equal((4_800m, 8_800m), (northTotal.GetProperty("investment").GetDecimal(), northTotal.GetProperty("annualSavings").GetDecimal()));
        Assert.Equal("75.0", northTotal.GetProperty("implementationRatePercent").GetRawText());

        var national = await factory.AsNational().GetJsonAsync($"/api/assessments/portfolio?sector=leather-tanning&centerId={north}");
        Assert.Equal(2, Sector(national, "leather-tanning").GetProperty("plants").GetInt32());
        Assert.Single(national.GetProperty("sectors").EnumerateArray());
        var bothCenters = await factory.AsNational().GetJsonAsync("/api/assessments/portfolio?sector=leather-tanning");
        Assert.True(Sector(bothCenters, "leather-tanning").GetProperty("plants").GetInt32() >= 3);

        var southView = await southClient.GetJsonAsync($"/api/assessments/portfolio?centerId={north}");
        var southLeather = Sector(southView, "leather-tanning");
        Assert.Equal((1, 1, 0), (southLeather.GetProperty("plants").GetInt32(), southLeather.GetProperty("recommendedOptions").GetInt32(), southLeather.GetProperty("implementedOptions").GetInt32()));
        Assert.Equal(JsonValueKind.Null, southLeather.GetProperty("paybackMonths").ValueKind);

        var before = await northClient.GetJsonAsync($"/api/assessments/portfolio?to={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}");
        Assert.Empty(before.GetProperty("sectors").EnumerateArray());
        Assert.Equal(0, before.GetProperty("total").GetProperty("plants").GetInt32());
    }

    [Fact]
    public async Task A_portfolio_asked_again_after_an_implementation_or_a_new_project_shows_them()
    {
        var center = ApiClient.NewCenterId();
        var client = factory.AsCenter(center);
        var project = await factory.SelectProjectAsync(center, "textiles");
        var option = await client.AddOptionAsync(project, 1_000m, 2_000m);
        Assert.Equal(0, (await client.GetJsonAsync("/api/assessments/portfolio")).GetProperty("total").GetProperty("implementedOptions").GetInt32());

        await client.ImplementAsync(project, option);
        var afterImplementation = (await client.GetJsonAsync("/api/assessments/portfolio")).GetProperty("total");
        await factory.SelectProjectAsync(center, "textiles");
        var afterSelection = (await client.GetJsonAsync("/api/assessments/portfolio")).GetProperty("total");

        Assert.Equal((1, 1), (afterImplementation.GetProperty("plants").GetInt32(), afterImplementation.GetProperty("implementedOptions").GetInt32()));
        Assert.Equal(2, afterSelection.GetProperty("plants").GetInt32());
    }

    private static JsonElement Sector(JsonElement portfolio, string sector) =>
        portfolio.GetProperty("sectors").EnumerateArray().Single(line => line.GetProperty("sector").GetString() == sector);
}
