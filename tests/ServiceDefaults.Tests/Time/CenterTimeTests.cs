using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.ServiceDefaults.Tests.Time;

public class CenterTimeTests
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    [Fact]
    public void At_half_past_eleven_in_Mexico_City_today_is_the_local_date_not_utcs()
    {
        // 23:30 on 2026-11-29 in Mexico City (UTC-6) is 05:30 UTC on 2026-11-30.
        var at = new CenterTime(MexicoCity, new DateTimeOffset(2026, 11, 30, 5, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 29), at.Today);
    }

    [Fact]
    public void A_day_at_the_center_begins_at_its_local_midnight()
    {
        var at = new CenterTime(MexicoCity, DateTimeOffset.UtcNow);

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 6, 0, 0, TimeSpan.Zero), at.StartOf(new DateOnly(2026, 11, 29)).ToUniversalTime());
    }

    [Fact]
    public void Where_clocks_skip_midnight_the_day_begins_at_the_first_minute_that_exists()
    {
        // Cuba moves its clocks from 00:00 to 01:00 on the second Sunday of March.
        var havana = new CenterTime(TimeZoneInfo.FindSystemTimeZoneById("America/Havana"), DateTimeOffset.UtcNow);

        var start = havana.StartOf(new DateOnly(2026, 3, 8));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 1, 0, 0, TimeSpan.FromHours(-4)), start);
        Assert.Equal(new DateOnly(2026, 3, 8), havana.DayOf(start));
        Assert.Equal(new DateOnly(2026, 3, 7), havana.DayOf(start.AddTicks(-1)));
    }

    [Theory]
    [InlineData("America/Mexico_City", true)]
    [InlineData("America/Lima", true)]
    [InlineData("UTC", true)]
    [InlineData("Central Standard Time (Mexico)", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void Only_iana_ids_name_a_zone(string id, bool accepted)
    {
        Assert.Equal(accepted, TimeZones.IsIanaId(id));
    }

    [Fact]
    public void An_unknown_zone_reads_as_utc()
    {
        Assert.Equal(TimeZoneInfo.Utc, TimeZones.FindOrUtc(null));
        Assert.Equal(TimeZoneInfo.Utc, TimeZones.FindOrUtc("Nowhere/Special"));
    }
}
