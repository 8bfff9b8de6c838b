using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Training.Tests.Api;

/// <summary>
/// Issue 13: nobody attends a session before its day has come, and "today" and certificate expiry follow the
/// center's time zone (kept from the enterprises service's center events), not UTC.
/// </summary>
public class CenterCalendarTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    [Fact]
    public async Task Attendance_for_a_session_still_to_come_is_refused_and_completes_nothing()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(modules: 1), lastDay: ApiClient.Today.AddDays(7));
        var offeringId = offering.GetProperty("id").GetGuid();
        var enrollmentId = await center.EnrolledIdAsync(offeringId, ApiClient.NewEmail());
        await center.PayAsync(enrollmentId);

        var response = await center.PostAsJsonAsync($"/api/training/offerings/{offeringId}/sessions/{offering.Sessions()[0].Id}/attendance",
            new { enrollmentIds = new[] { enrollmentId } }, ApiClient.Json);

        Assert.Contains("has not happened yet", Assert.Single((await response.ProblemAsync(HttpStatusCode.Conflict)).Errors("sessionId")));
        var enrollment = await center.GetJsonAsync($"/api/training/enrollments/{enrollmentId}");
        Assert.Equal("enrolled", enrollment.GetProperty("status").GetString());
        Assert.Equal(0, enrollment.GetProperty("progress").GetProperty("modules")[0].GetProperty("attended").GetInt32());
    }

    [Fact]
    public async Task At_half_past_eleven_at_night_in_Mexico_City_tomorrows_session_waits_though_utc_has_reached_its_day()
    {
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, "America/Mexico_City");
        var center = factory.AsCenter(centerId);
        var localToday = LocalToday();
        var course = await center.PublishCourseAsync(modules: 2);
        var offering = await center.PostOkAsync("/api/training/offerings", new
        {
            courseId = course.GetProperty("id").GetGuid(), startsOn = localToday, endsOn = localToday.AddDays(1), place = "Ciudad de México",
            country = "MX", capacity = 10, instructors = new[] { "Marta Gómez" },
            sessions = new[] { new { module = 1, date = localToday }, new { module = 2, date = localToday.AddDays(1) } },
        }, HttpStatusCode.Created);
        var offeringId = offering.GetProperty("id").GetGuid();
        var enrollmentId = await center.EnrolledIdAsync(offeringId, ApiClient.NewEmail());
        factory.Clock.StoppedAt = HalfPastElevenAt(localToday);
        try
        {
            var today = await center.PostAsJsonAsync($"/api/training/offerings/{offeringId}/sessions/{offering.Sessions()[0].Id}/attendance",
                new { enrollmentIds = new[] { enrollmentId } }, ApiClient.Json);
            var tomorrow = await center.PostAsJsonAsync($"/api/training/offerings/{offeringId}/sessions/{offering.Sessions()[1].Id}/attendance",
                new { enrollmentIds = new[] { enrollmentId } }, ApiClient.Json);

            Assert.Equal(HttpStatusCode.OK, today.StatusCode);
            Assert.Contains($"today at the center is {localToday:yyyy-MM-dd}",
                Assert.Single((await tomorrow.ProblemAsync(HttpStatusCode.Conflict)).Errors("sessionId")));
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    [Fact]
    public async Task A_certificate_is_issued_on_and_expires_at_the_end_of_its_last_day_at_the_training_center()
    {
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, "America/Mexico_City");
        var email = ApiClient.NewEmail();
        var localToday = LocalToday();
        await CompleteTrainingAsync(factory.AsCenter(centerId), email, localToday);
        await factory.ScoreAsync(email, 85);
        await factory.PassExamAsync(email);

        factory.Clock.StoppedAt = HalfPastElevenAt(localToday);
        JsonElement certificate;
        try
        {
            certificate = await factory.AsNational().PostOkAsync("/api/training/certifications", new { email }, HttpStatusCode.Created);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }

        var validUntil = localToday.AddYears(3).AddDays(-1);
        Assert.Equal(localToday, DateOnly.Parse(certificate.GetProperty("issuedOn").GetString()!));
        Assert.Equal(validUntil, DateOnly.Parse(certificate.GetProperty("validUntil").GetString()!));
        var number = certificate.GetProperty("number").GetString()!;
        Assert.StartsWith($"CP-MX-{localToday.Year}-", number);
        var midnightAfter = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(validUntil.AddDays(1).ToDateTime(TimeOnly.MinValue), MexicoCity), TimeSpan.Zero);
        Assert.Equal("valid", await VerificationAtAsync(number, midnightAfter.AddMinutes(-1)));
        Assert.Equal("expired", await VerificationAtAsync(number, midnightAfter));
    }

    private async Task CompleteTrainingAsync(HttpClient center, string email, DateOnly day)
    {
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(modules: 1), lastDay: day);
        var enrollmentId = await center.EnrolledIdAsync(offering.GetProperty("id").GetGuid(), email);
        await center.PayAsync(enrollmentId);
        await center.AttendAsync(offering, offering.Sessions()[0].Id, enrollmentId);
    }

    private async Task<string?> VerificationAtAsync(string number, DateTimeOffset instant)
    {
        factory.Clock.StoppedAt = instant;
        try
        {
            return (await factory.CreateClient(token: null).GetJsonAsync($"/api/public/certificates/{number}")).GetProperty("status").GetString();
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    private static DateOnly LocalToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, MexicoCity).DateTime);

    /// <summary>23:30 of <paramref name="day"/> in Mexico City (UTC-6): 05:30 UTC the next day, when UTC has moved on.</summary>
    private static DateTimeOffset HalfPastElevenAt(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 30)), MexicoCity), TimeSpan.Zero);
}
