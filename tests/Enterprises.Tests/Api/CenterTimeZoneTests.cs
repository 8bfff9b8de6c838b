using System.Net;
using System.Net.Http.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Enterprises.Apis;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>Issue 13: a center has an IANA time zone, its "today" is the local date, and other services learn the zone.</summary>
public class CenterTimeZoneTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private async Task<CenterResponse> CreateAsync(string country, string? timeZone = null)
    {
        var id = ApiClient.NewCenterId();
        var response = await factory.AsNational().PostAsJsonAsync("/api/centers", new { id, name = "Centro", country, timeZone }, ApiClient.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CenterResponse>(ApiClient.Json))!;
    }

    [Theory]
    [InlineData("MX", null, "America/Mexico_City")]
    [InlineData("PE", null, "America/Lima")]
    [InlineData("BO", null, "America/La_Paz")]
    [InlineData("MX", "America/Chihuahua", "America/Chihuahua")]
    [InlineData("JP", "Asia/Tokyo", "Asia/Tokyo")]
    public async Task A_center_keeps_the_zone_it_names_else_its_countrys_main_one(string country, string? timeZone, string expected)
    {
        var center = await CreateAsync(country, timeZone);

        Assert.Equal(expected, center.TimeZone);
        Assert.Equal(expected, (await factory.AsNational().GetFromJsonAsync<CenterResponse>($"/api/centers/{center.Id}", ApiClient.Json))!.TimeZone);
    }

    [Theory]
    [InlineData("MX", "Central Standard Time (Mexico)")]
    [InlineData("MX", "Mars/Olympus_Mons")]
    [InlineData("MX", "America/Mexico_City; DROP TABLE centers")]
    [InlineData("JP", null)]
    public async Task A_zone_that_is_no_iana_id_or_missing_where_the_country_has_no_default_is_refused(string country, string? timeZone)
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/centers",
            new { id = ApiClient.NewCenterId(), name = "Centro", country, timeZone }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("timeZone"));
    }

    [Fact]
    public async Task Registering_and_changing_a_center_announce_its_zone_with_a_growing_revision()
    {
        await using var registered = await EventCollector<CenterRegistered>.StartAsync(factory.VirtualHost.ConnectionString, "test-center-registered");
        await using var updated = await EventCollector<CenterUpdated>.StartAsync(factory.VirtualHost.ConnectionString, "test-center-updated");
        var center = await CreateAsync("PE");

        var change = await factory.AsNational().PutAsJsonAsync($"/api/centers/{center.Id}",
            new { name = "CER Arequipa", country = "PE", timeZone = "America/Lima" }, ApiClient.Json);
        var first = await registered.WaitForAsync(message => message.CenterId == center.Id, Delivery);
        var second = await updated.WaitForAsync(message => message.CenterId == center.Id, Delivery);

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(new CenterSnapshot { Revision = 1, Name = "Centro", Country = "PE", TimeZone = "America/Lima" }, first.Message.Center);
        Assert.Equal(new CenterSnapshot { Revision = 2, Name = "CER Arequipa", Country = "PE", TimeZone = "America/Lima" }, second.Message.Center);
    }

    [Fact]
    public async Task A_monitoring_replay_announces_every_center_again_at_its_current_revision()
    {
        await using var updated = await EventCollector<CenterUpdated>.StartAsync(factory.VirtualHost.ConnectionString, "test-center-replayed");
        var center = await CreateAsync("BO");
        await factory.AsNational().PutAsJsonAsync($"/api/centers/{center.Id}",
            new { name = "CPTS La Paz", country = "BO", timeZone = "America/La_Paz" }, ApiClient.Json);
        var change = await updated.WaitForAsync(message => message.CenterId == center.Id, Delivery);

        await factory.PublishAsync(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters, OccurredAt = DateTimeOffset.UtcNow, ReplayId = Guid.NewGuid(),
        });

        var replayed = await updated.WaitForAsync(
            message => message.CenterId == center.Id && message.OccurredAt > change.Message.OccurredAt, Delivery);
        Assert.Equal(change.Message.Center, replayed.Message.Center);
        Assert.Equal(2, replayed.Message.Center.Revision);
    }

    [Fact]
    public async Task At_half_past_eleven_at_night_in_Mexico_City_today_is_the_local_date()
    {
        var center = await CreateAsync("MX");
        var client = factory.AsCenter(center.Id);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var localToday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        // 23:30 in Mexico City (UTC-6): 05:30 UTC the next day, when UTC's today is already tomorrow there.
        factory.Clock.StoppedAt = new DateTimeOffset(localToday.AddDays(1).ToDateTime(new TimeOnly(5, 30)), TimeSpan.Zero);
        try
        {
            var tomorrow = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines", Baseline(localToday.AddDays(1)), ApiClient.Json);
            var today = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines", Baseline(localToday), ApiClient.Json);

            Assert.Contains($"today at the center ({localToday:yyyy-MM-dd})",
                Assert.Single((await tomorrow.ProblemAsync(HttpStatusCode.BadRequest)).Errors("periodEnd")));
            Assert.Equal(HttpStatusCode.Created, today.StatusCode);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    private static object Baseline(DateOnly periodEnd) => new
    {
        periodStart = periodEnd.AddYears(-1).AddDays(1), periodEnd, energyKwh = 1_000, output = new { quantity = 10, unit = "t" },
    };
}
