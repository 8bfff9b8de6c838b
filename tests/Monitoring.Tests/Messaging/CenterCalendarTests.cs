using CpPlatform.Contracts.Enterprises;
using CpPlatform.Monitoring.Tests.Api;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Messaging;

/// <summary>"Today" is the center's: its time zone comes from the enterprises service's center events.</summary>
public sealed class CenterCalendarTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    [Fact]
    public async Task Progress_as_of_today_is_today_at_the_center_and_in_utc_for_the_whole_program()
    {
        var a = NewCenterId();
        var messageId = Guid.NewGuid();
        await factory.PublishAsync(new CenterRegistered
        {
            CenterId = a, OccurredAt = DateTimeOffset.UtcNow,
            Center = new CenterSnapshot { Revision = 1, Name = "Centro Chihuahua", Country = "MX", TimeZone = "America/Chihuahua" },
        }, messageId);
        await factory.WaitUntilConsumedAsync(messageId);
        var programId = await factory.ProgramWithAsync([a], NewIndicator("EQ", "expert-questions"));
        // 03:00 UTC on 1 January is still 31 December in Chihuahua (UTC-6).
        factory.Clock.StoppedAt = new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero);

        var atCenter = await factory.AsCenter(a).GetJsonAsync($"/api/monitoring/programs/{programId}/progress");
        var national = await factory.AsNational().GetJsonAsync($"/api/monitoring/programs/{programId}/progress");

        Assert.Equal(("2025-12-31", "2026-01-01"), (atCenter.GetProperty("asOf").GetString(), national.GetProperty("asOf").GetString()));
    }
}
