using System.Net;
using System.Net.Http.Json;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>Issue 13: a baseline is measured, so its period lies between 2000-01-01 and today at the center, at most 5 years long.</summary>
public class DateWindowTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData("0001-01-01", "2020-12-31", "periodStart")]
    [InlineData("1999-12-31", "2020-12-31", "periodStart")]
    [InlineData("2020-01-01", "9999-12-31", "periodEnd")]
    [InlineData("2010-01-01", "2020-12-31", "periodEnd")]
    [InlineData("2020-01-01", "2020-01-01", "periodEnd")]
    public async Task A_baseline_period_out_of_its_window_is_refused_naming_the_field(string periodStart, string periodEnd, string field)
    {
        var response = await PostAsync(periodStart, periodEnd);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Fact]
    public async Task A_baseline_ending_after_today_at_the_center_is_refused()
    {
        var response = await PostAsync(Today.AddMonths(-6).ToString("O"), Today.AddDays(2).ToString("O"));

        Assert.Contains("Required: a date from 2000-01-01 to today at the center",
            Assert.Single((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("periodEnd")));
    }

    [Fact]
    public async Task A_baseline_of_the_year_just_ended_is_recorded()
    {
        var response = await PostAsync(Today.AddYears(-1).ToString("O"), Today.AddDays(-1).ToString("O"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string periodStart, string periodEnd)
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        return await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines",
            new { periodStart, periodEnd, energyKwh = 1_000, output = new { quantity = 10, unit = "t" } }, ApiClient.Json);
    }
}
