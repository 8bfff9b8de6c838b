using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Assessments.Tests.Api;

/// <summary>
/// Issue 13: what a specialist records as done (a walk-through, an implementation, a measured period) is dated from
/// 2000-01-01 to today at the center, in the center's time zone; portfolio filters keep to 2000 through 2100.
/// </summary>
public class DateWindowTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("9999-12-31")]
    public async Task A_pre_assessment_out_of_its_window_is_refused(string date)
    {
        var response = await PreAssessAsync(ApiClient.NewCenterId(), DateOnly.Parse(date));

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("date"));
    }

    [Fact]
    public async Task At_half_past_eleven_at_night_in_Mexico_City_a_walk_through_dated_tomorrow_is_refused_though_utc_has_reached_it()
    {
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, "America/Mexico_City");
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, MexicoCity).DateTime);
        factory.Clock.StoppedAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(localToday.ToDateTime(new TimeOnly(23, 30)), MexicoCity), TimeSpan.Zero);
        try
        {
            var tomorrow = await PreAssessAsync(centerId, localToday.AddDays(1));
            var today = await PreAssessAsync(centerId, localToday);

            Assert.Contains($"today at the center ({localToday:yyyy-MM-dd})", Assert.Single((await tomorrow.ProblemAsync(HttpStatusCode.BadRequest)).Errors("date")));
            Assert.Equal(HttpStatusCode.Created, today.StatusCode);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task An_implementation_out_of_its_window_is_refused(string date)
    {
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId);
        var optionId = await client.AddOptionAsync(projectId, 10_000m, 5_000m);
        var option = $"/api/assessments/projects/{projectId}/options/{optionId}";
        await client.PostOkAsync($"{option}/accept", new { });

        var response = await client.PostAsJsonAsync($"{option}/implement", new { date }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("date"));
    }

    [Theory]
    [InlineData("2020-01-01", "9999-12-31", "periodEnd")]
    [InlineData("0001-01-01", "2020-12-31", "periodStart")]
    [InlineData("2010-01-01", "2020-12-31", "periodEnd")]
    public async Task A_measured_period_out_of_its_window_is_refused(string periodStart, string periodEnd, string field)
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);

        var response = await factory.AsCenter(centerId).PutAsJsonAsync($"/api/assessments/projects/{projectId}/measurements/baseline", new
        {
            periodStart, periodEnd, energyKwh = 1m, waterM3 = 1m, materialsT = 1m, wasteT = 1m, hazardousWasteT = 0m, wastewaterM3 = 1m,
            emissionsTco2e = 1m, output = new { quantity = 10m, unit = "t" },
        }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Theory]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=0001-01-01", "from")]
    public async Task Portfolio_filters_keep_to_2000_through_2100_rather_than_overflowing(string query, string field)
    {
        var response = await factory.AsNational().GetAsync($"/api/assessments/portfolio?{query}");

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    private async Task<HttpResponseMessage> PreAssessAsync(string centerId, DateOnly date)
    {
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        return await factory.AsCenter(centerId).PostAsJsonAsync("/api/assessments/pre-assessments", new
        {
            enterpriseId, date, specialist = "Ana Ruiz", findings = "Chrome losses", locallySignificantImpact = true, managementCommitment = true,
        }, ApiClient.Json);
    }
}
