using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Assessments;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.TestSupport;

namespace CpPlatform.Training.Tests.Api;

/// <summary>Calls the service the way a center's app and national staff would, and feeds it assessments' scores.</summary>
internal static class ApiClient
{
    public const string Scope = "training";

    public static readonly JsonSerializerOptions Json = HttpJson.Options;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string NewEmail(string name = "consultant") => $"{name}-{Guid.NewGuid():N}"[..24] + "@consultores.mx";

    public static string NewCenterId() => $"mx-{Guid.NewGuid():N}"[..16];

    public static HttpClient AsCenter(this TrainingFactory factory, string centerId) => factory.CreateClient(TestTokens.Center(centerId, Scope));

    public static HttpClient AsNational(this TrainingFactory factory) => factory.CreateClient(TestTokens.National(Scope));

    /// <summary>A course for consultants with <paramref name="modules"/> one-day modules (all phase 1 unless two: then phases 1 and 2).</summary>
    /// <summary>The enterprises service announces the center with its time zone; waits until training keeps it.</summary>
    public static async Task AnnounceCenterAsync(this TrainingFactory factory, string centerId, string timeZone)
    {
        var messageId = Guid.NewGuid();
        await factory.PublishAsync(new CenterRegistered
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow,
            Center = new CenterSnapshot { Revision = 1, Name = "Centro", Country = "MX", TimeZone = timeZone },
        }, messageId);
        await factory.WaitUntilConsumedAsync(messageId);
    }

    public static async Task<JsonElement> PublishCourseAsync(this HttpClient center, decimal fee = 250m, int modules = 2, string audience = "consultant")
    {
        return await center.PostOkAsync("/api/training/courses", new
        {
            code = $"CP-{Guid.NewGuid():N}"[..12],
            title = "Cleaner production for consultants",
            audiences = new[] { audience },
            fee,
            modules = Enumerable.Range(1, modules).Select(number => new
            {
                title = $"Module {number}", topic = number % 2 == 1 ? "best-practices" : "process-energy-efficiency", days = 1, phase = number,
            }),
        }, HttpStatusCode.Created);
    }

    /// <summary>
    /// An offering ending on <paramref name="lastDay"/> (default today in UTC): <paramref name="sessionsPerModule"/>[i]
    /// sessions of module i + 1 on consecutive days up to it, the modules side by side. Every session has begun by then, so
    /// its attendance can be taken; with one session per module the offering is that one day.
    /// </summary>
    public static async Task<JsonElement> ScheduleOfferingAsync(
        this HttpClient center, JsonElement course, int capacity = 20, int[]? sessionsPerModule = null, string country = "MX", DateOnly? lastDay = null)
    {
        var counts = sessionsPerModule ?? Enumerable.Repeat(1, course.GetProperty("modules").GetArrayLength()).ToArray();
        var last = lastDay ?? Today;
        var first = last.AddDays(1 - counts.Max());
        var sessions = counts.SelectMany((count, index) => Enumerable.Range(0, count).Select(day => new { module = index + 1, date = first.AddDays(day) })).ToList();
        return await center.PostOkAsync("/api/training/offerings", new
        {
            courseId = course.GetProperty("id").GetGuid(), startsOn = first, endsOn = last, place = "Chihuahua",
            country, capacity, instructors = new[] { "Marta Gómez" }, sessions,
        }, HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> EnrollAsync(this HttpClient center, Guid offeringId, string email, string category = "consultant", string name = "Luis Pérez") =>
        center.PostAsJsonAsync($"/api/training/offerings/{offeringId}/enrollments",
            new { name, email, organisation = "Consultores del Norte", category }, Json);

    public static async Task<Guid> EnrolledIdAsync(this HttpClient center, Guid offeringId, string email, string category = "consultant", string name = "Luis Pérez")
    {
        var response = await center.EnrollAsync(offeringId, email, category, name);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"enroll: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static IReadOnlyList<(Guid Id, int Module)> Sessions(this JsonElement offering) =>
        offering.GetProperty("sessions").EnumerateArray().Select(s => (s.GetProperty("id").GetGuid(), s.GetProperty("module").GetInt32())).ToList();

    public static Task<JsonElement> AttendAsync(this HttpClient center, JsonElement offering, Guid sessionId, params Guid[] enrollmentIds) =>
        center.PostOkAsync($"/api/training/offerings/{offering.GetProperty("id").GetGuid()}/sessions/{sessionId}/attendance", new { enrollmentIds });

    public static async Task<JsonElement> PayAsync(this HttpClient center, Guid enrollmentId, string status = "paid")
    {
        var response = await center.PutAsJsonAsync($"/api/training/enrollments/{enrollmentId}/fee", new { status }, Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"fee: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A person who completed a one-session consultant course in <paramref name="country"/>; returns the enrollment id.</summary>
    public static async Task<Guid> CompletedConsultantAsync(
        this TrainingFactory factory, string email, string name = "Luis Pérez", string country = "MX", string centerId = "mx-chihuahua")
    {
        var center = factory.AsCenter(centerId);
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(modules: 1), country: country);
        var enrollmentId = await center.EnrolledIdAsync(offering.GetProperty("id").GetGuid(), email, name: name);
        await center.PayAsync(enrollmentId);
        await center.AttendAsync(offering, offering.Sessions()[0].Id, enrollmentId);
        return enrollmentId;
    }

    /// <summary>The assessments service reports a score; waits until training holds at least it as the best.</summary>
    public static async Task ScoreAsync(this TrainingFactory factory, string email, int score, Guid? messageId = null)
    {
        await factory.PublishAsync(new ConsultantScored
        {
            CenterId = "mx-chihuahua", OccurredAt = DateTimeOffset.UtcNow, ConsultantEmail = email, ConsultantName = "Luis Pérez",
            ProjectId = Guid.NewGuid(), Score = score,
        }, messageId ?? Guid.NewGuid());
        var national = factory.AsNational();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!((await national.GetJsonAsync($"/api/training/certifications/readiness?email={Uri.EscapeDataString(email)}")).GetProperty("bestProjectScore")
                   is { ValueKind: JsonValueKind.Number } best && best.GetInt32() >= score))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The score of {email} did not arrive within 30 s.");
            await Task.Delay(100);
        }
    }

    public static Task<JsonElement> PassExamAsync(this TrainingFactory factory, string email, bool passed = true) =>
        factory.AsNational().PostOkAsync("/api/training/exams", new { email, name = "Luis Pérez", takenOn = Today, passed, score = passed ? 86 : 55 },
            HttpStatusCode.Created);

    /// <summary>Training, a project scored 85 and a passed exam: everything a certificate needs.</summary>
    public static async Task ReadyForCertificationAsync(
        this TrainingFactory factory, string email, string country = "MX", string name = "Luis Pérez", string centerId = "mx-chihuahua")
    {
        await factory.CompletedConsultantAsync(email, name, country, centerId);
        await factory.ScoreAsync(email, 85);
        await factory.PassExamAsync(email);
    }
}
