using System.Net;
using System.Text.Json;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A consultant goes from enrollment to a verified certificate through the gateway: a center trains him, the assessments
/// service reports his project score by event, national staff record his exam and certify him, anyone verifies the number.
/// </summary>
[Collection(PlatformCollection.Name)]
public class TrainingFlowTests(PlatformFixture platform)
{
    private const string Consultant = "luis@consultores.mx";

    [Fact]
    public async Task A_trained_consultant_scored_on_a_project_and_examined_is_certified_and_verified_publicly()
    {
        var center = await CenterAppAsync(platform, "mx-tabasco");
        var registered = await Json(await platform.SendAsync(HttpMethod.Post, "/api/enterprises", center, new
        {
            legalName = "Cárnicos del Sureste", taxId = "CDS-870101-TB4", country = "MX", state = "Tabasco", municipality = "Villahermosa",
            sector = "meat-processing", employees = 45, annualSalesUsd = 2_000_000, consents = new { publishResults = true, shareWithBanks = false },
        }), HttpStatusCode.Created);
        var projectPath = await VerifiedDemonstrationProjectAsync(platform, center, registered.GetProperty("id").GetString()!);
        await Json(await platform.SendAsync(HttpMethod.Post, $"{projectPath}/scores", center, new { consultantEmail = Consultant, score = 88 }), HttpStatusCode.OK);

        // The center is in Mexico (America/Mexico_City): its sessions happen, and its certificates are dated, on its calendar.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City")).DateTime);
        var course = await Json(await platform.SendAsync(HttpMethod.Post, "/api/training/courses", center, new
        {
            code = "CP-CONS-1", title = "Cleaner production for consultants", audiences = new[] { "consultant" }, fee = 300,
            modules = new[] { new { title = "CP assessment method", topic = "best-practices", days = 2, phase = 1 } },
        }), HttpStatusCode.Created);
        var offering = await Json(await platform.SendAsync(HttpMethod.Post, "/api/training/offerings", center, new
        {
            courseId = course.GetProperty("id").GetString(), startsOn = today.AddDays(-1), endsOn = today, place = "Villahermosa", country = "MX",
            capacity = 20, instructors = new[] { "Marta Gómez" },
            sessions = new[] { new { module = 1, date = today.AddDays(-1) }, new { module = 1, date = today } },
        }), HttpStatusCode.Created);
        var offeringPath = $"/api/training/offerings/{offering.GetProperty("id").GetString()}";
        var enrollment = await Json(await platform.SendAsync(HttpMethod.Post, $"{offeringPath}/enrollments", center,
            new { name = "Luis Pérez", email = Consultant, organisation = "Consultores del Sureste", category = "consultant" }), HttpStatusCode.Created);
        var enrollmentPath = $"/api/training/enrollments/{enrollment.GetProperty("id").GetString()}";
        await Json(await platform.SendAsync(HttpMethod.Put, $"{enrollmentPath}/fee", center, new { status = "paid" }), HttpStatusCode.OK);
        foreach (var session in offering.GetProperty("sessions").EnumerateArray())
        {
            await Json(await platform.SendAsync(HttpMethod.Post, $"{offeringPath}/sessions/{session.GetProperty("id").GetString()}/attendance", center,
                new { enrollmentIds = new[] { enrollment.GetProperty("id").GetString() } }), HttpStatusCode.OK);
        }
        Assert.Equal("completed", (await Json(await platform.SendAsync(HttpMethod.Get, enrollmentPath, center), HttpStatusCode.OK)).GetProperty("status").GetString());

        var national = await platform.ClientTokenAsync(new { name = "National program", kind = "national" });
        await Json(await platform.SendAsync(HttpMethod.Post, "/api/training/exams", national,
            new { email = Consultant, name = "Luis Pérez", takenOn = today, passed = true, score = 86 }), HttpStatusCode.Created);
        await WaitUntilAsync(async () =>
        {
            var readiness = await Json(await platform.SendAsync(HttpMethod.Get, $"/api/training/certifications/readiness?email={Consultant}", national), HttpStatusCode.OK);
            return readiness.GetProperty("eligible").GetBoolean();
        });
        var certificate = await Json(await platform.SendAsync(HttpMethod.Post, "/api/training/certifications", national, new { email = Consultant }), HttpStatusCode.Created);
        var number = certificate.GetProperty("number").GetString()!;
        Assert.Equal($"CP-MX-{today.Year}-00001", number);

        var verified = await Json(await platform.SendAsync(HttpMethod.Get, $"/api/public/certificates/{number}", token: null), HttpStatusCode.OK);
        Assert.Equal(("Luis Pérez", "valid", today.AddYears(3).AddDays(-1).ToString("yyyy-MM-dd")),
            (verified.GetProperty("holderName").GetString(), verified.GetProperty("status").GetString(), verified.GetProperty("validUntil").GetString()));
        Assert.DoesNotContain(Consultant, verified.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Get, "/api/public/certificates/CP-MX-1999-00001", token: null)).StatusCode);

        var roster = await Json(await platform.SendAsync(HttpMethod.Get, "/api/training/certified-consultants", center), HttpStatusCode.OK);
        Assert.Contains(number, roster.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("number").GetString()));
        var otherCenter = await CenterAppAsync(platform, "mx-campeche");
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Get, enrollmentPath, otherCenter)).StatusCode);
    }
}
