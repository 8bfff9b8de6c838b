using System.Net;
using System.Net.Http.Json;
using CpPlatform.Contracts.Events;
using CpPlatform.Contracts.Training;
using CpPlatform.TestSupport;

namespace CpPlatform.Events.Tests.Api;

/// <summary>
/// Issue 13: nobody is checked in before an event's first day has come at its center, and the center's calendar (kept
/// from the enterprises service's center events), not UTC's, dates attendance and expert certificates.
/// </summary>
public class CenterCalendarTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    [Fact]
    public async Task Nobody_is_checked_in_or_walks_in_before_the_event_has_begun()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: DateTimeOffset.UtcNow.AddDays(3)));
        var registrationId = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var checkIn = await center.PostAsync($"/api/events/{eventId}/registrations/{registrationId}/check-in", null);
        var walkIn = await center.PostAsJsonAsync($"/api/events/{eventId}/walk-ins", ApiClient.Person("juan@example.org"), ApiClient.Json);

        Assert.Contains("Check-in opens on the event's first day", Assert.Single((await checkIn.ProblemAsync(HttpStatusCode.Conflict)).Errors("eventId")));
        Assert.NotEmpty((await walkIn.ProblemAsync(HttpStatusCode.Conflict)).Errors("eventId"));
        var registration = await center.GetJsonAsync($"/api/events/{eventId}/registrations/{registrationId}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, registration.GetProperty("checkedInAt").ValueKind);
        var evt = await center.GetJsonAsync($"/api/events/{eventId}");
        Assert.Equal((1, 0), (evt.GetProperty("confirmed").GetInt32(), evt.GetProperty("checkedIn").GetInt32()));
    }

    [Fact]
    public async Task At_half_past_eleven_at_night_in_Mexico_City_tomorrows_event_waits_and_tonights_attendance_is_dated_today()
    {
        await using var recorded = await EventCollector<EventAttendanceRecorded>.StartAsync(factory.VirtualHost.ConnectionString, "test-calendar-attendance");
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, "America/Mexico_City");
        var center = factory.AsCenter(centerId);
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, MexicoCity).DateTime);
        var tonight = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: Local(localToday, 18)));
        var tomorrow = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: Local(localToday.AddDays(1), 9)));
        factory.Clock.StoppedAt = Local(localToday, 23, 30);
        try
        {
            var early = await center.PostAsJsonAsync($"/api/events/{tomorrow}/walk-ins", ApiClient.Person("ana@cdn.mx", "company", enterpriseId), ApiClient.Json);
            var late = await center.PostAsJsonAsync($"/api/events/{tonight}/walk-ins", ApiClient.Person("ana@cdn.mx", "company", enterpriseId), ApiClient.Json);

            Assert.Contains($"today there is {localToday:yyyy-MM-dd}", Assert.Single((await early.ProblemAsync(HttpStatusCode.Conflict)).Errors("eventId")));
            Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
        var attended = await recorded.WaitForAsync(message => message.EventId == tonight, TimeSpan.FromSeconds(30));
        Assert.Equal(localToday, attended.Message.AttendedOn);
    }

    [Fact]
    public async Task An_expert_answers_until_the_end_of_the_certificates_last_day_at_its_training_center()
    {
        var validUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var expiresAt = Local(validUntil.AddDays(1), 0);
        await factory.PublishAsync(new ConsultantCertified
        {
            CenterId = "mx-cdmx", OccurredAt = DateTimeOffset.UtcNow, CertificateNumber = $"CP-MX-{Guid.NewGuid():N}"[..20], ConsultantEmail = "experta@cp.mx",
            ConsultantName = "Marta Gómez", Country = "MX", IssuedOn = validUntil.AddYears(-3).AddDays(1), ValidUntil = validUntil, ExpiresAt = expiresAt,
        });
        await factory.WaitUntilAsync(db => Task.FromResult(db.Roster.Any(c => c.Email == "experta@cp.mx")), "the expert on the roster");

        Assert.Contains("experta@cp.mx", await ExpertsAtAsync(expiresAt.AddMinutes(-1)));
        Assert.DoesNotContain("experta@cp.mx", await ExpertsAtAsync(expiresAt));
    }

    [Fact]
    public async Task A_centers_indicators_count_its_own_days_an_evening_event_on_the_last_of_october_is_octobers()
    {
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, "America/Mexico_City");
        var center = factory.AsCenter(centerId);
        // 21:00 on 31 October in Mexico City is already 1 November in UTC.
        var halloween = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: Local(new DateOnly(2025, 10, 31), 21)));
        await center.PostOkAsync($"/api/events/{halloween}/walk-ins", ApiClient.Person("ana@example.org"), HttpStatusCode.Created);

        var october = await center.GetJsonAsync("/api/events/indicators?from=2025-10-01&to=2025-10-31");
        var november = await center.GetJsonAsync("/api/events/indicators?from=2025-11-01&to=2025-11-30");

        Assert.Equal((1, 1), (october.GetProperty("events").GetInt32(), october.GetProperty("attendances").GetInt32()));
        Assert.Equal((0, 0), (november.GetProperty("events").GetInt32(), november.GetProperty("attendances").GetInt32()));
    }

    private async Task<List<string?>> ExpertsAtAsync(DateTimeOffset instant)
    {
        factory.Clock.StoppedAt = instant;
        try
        {
            return [.. (await factory.AsNational().GetJsonAsync("/api/events/experts")).EnumerateArray().Select(e => e.GetProperty("email").GetString())];
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    /// <summary>A wall-clock time in Mexico City (UTC-6), as a UTC instant.</summary>
    private static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), MexicoCity), TimeSpan.Zero);
}
