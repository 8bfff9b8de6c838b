using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpPlatform.Contracts.Training;
using CpPlatform.TestSupport;

namespace CpPlatform.Training.Tests.Api;

public class CertificationApiTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Certification_is_refused_with_422_listing_each_unmet_requirement()
    {
        var national = factory.AsNational();
        var email = ApiClient.NewEmail();

        var nothing = await national.PostAsJsonAsync("/api/training/certifications", new { email });
        Assert.Equal(["training-incomplete", "no-qualifying-project", "exam-not-passed"], await UnmetAsync(nothing));

        await factory.CompletedConsultantAsync(email);
        await factory.ScoreAsync(email, 79);
        await factory.PassExamAsync(email, passed: false);
        Assert.Equal(["no-qualifying-project", "exam-not-passed"], await UnmetAsync(await national.PostAsJsonAsync("/api/training/certifications", new { email })));

        await factory.ScoreAsync(email, 80);
        Assert.Equal(["exam-not-passed"], await UnmetAsync(await national.PostAsJsonAsync("/api/training/certifications", new { email })));
        Assert.Equal(0, (await national.GetJsonAsync($"/api/training/certifications?email={email}")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_completed_enrollment_in_a_course_not_for_consultants_is_not_consultant_training()
    {
        var email = ApiClient.NewEmail();
        var center = factory.AsCenter("mx-chihuahua");
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(modules: 1, audience: "student"));
        var enrollmentId = await center.EnrolledIdAsync(offering.GetProperty("id").GetGuid(), email);
        await center.PayAsync(enrollmentId, "waived");
        await center.AttendAsync(offering, offering.Sessions()[0].Id, enrollmentId);
        await factory.ScoreAsync(email, 95);
        await factory.PassExamAsync(email);

        var response = await factory.AsNational().PostAsJsonAsync("/api/training/certifications", new { email });

        Assert.Equal(["training-incomplete"], await UnmetAsync(response));
    }

    [Fact]
    public async Task A_number_checked_before_it_was_issued_verifies_as_soon_as_it_is()
    {
        var email = ApiClient.NewEmail();
        await factory.ReadyForCertificationAsync(email, country: "SV", name: "Marta Alas");
        var anonymous = factory.CreateClient(token: null);
        var number = $"CP-SV-{ApiClient.Today.Year}-00001";
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/certificates/{number}")).StatusCode);

        var certificate = await factory.AsNational().PostOkAsync("/api/training/certifications", new { email }, HttpStatusCode.Created);

        Assert.Equal(number, certificate.GetProperty("number").GetString());
        Assert.Equal("valid", (await anonymous.GetJsonAsync($"/api/public/certificates/{number}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_issued_certificate_verifies_publicly_without_the_email_and_follows_suspension_reinstatement_and_revocation()
    {
        var vhost = factory.VirtualHost.ConnectionString;
        await using var certified = await EventCollector<ConsultantCertified>.StartAsync(vhost, "test-consultant-certified");
        await using var suspended = await EventCollector<CertificateSuspended>.StartAsync(vhost, "test-certificate-suspended");
        await using var revoked = await EventCollector<CertificateRevoked>.StartAsync(vhost, "test-certificate-revoked");
        var email = ApiClient.NewEmail();
        await factory.ReadyForCertificationAsync(email, country: "GT", name: "Sofía Méndez");
        var national = factory.AsNational();

        var certificate = await national.PostOkAsync("/api/training/certifications", new { email = email.ToUpperInvariant() }, HttpStatusCode.Created);
        var number = certificate.GetProperty("number").GetString()!;
        Assert.Equal($"CP-GT-{ApiClient.Today.Year}-00001", number);
        Assert.Equal(ApiClient.Today.AddYears(3).AddDays(-1), DateOnly.Parse(certificate.GetProperty("validUntil").GetString()!));
        Assert.Equal((email, "Sofía Méndez"), (certificate.GetProperty("holderEmail").GetString(), certificate.GetProperty("holderName").GetString()));

        var anonymous = factory.CreateClient(token: null);
        var verified = await anonymous.GetJsonAsync($"/api/public/certificates/{number.ToLowerInvariant()}");
        Assert.Equal(["number", "holderName", "status", "issuedOn", "validUntil", "issuedBy"], verified.EnumerateObject().Select(p => p.Name));
        Assert.Equal((number, "Sofía Méndez", "valid"), (verified.GetProperty("number").GetString(), verified.GetProperty("holderName").GetString(), verified.GetProperty("status").GetString()));
        Assert.DoesNotContain(email, verified.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/public/certificates/CP-GT-2026-99999")).StatusCode);
        Assert.Contains(number, await RosterNumbersAsync(factory.AsCenter(ApiClient.NewCenterId())));

        Assert.Equal(HttpStatusCode.Conflict, (await national.PostAsJsonAsync("/api/training/certifications", new { email })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await national.PostAsJsonAsync($"/api/training/certifications/{number}/suspend", new { })).StatusCode);
        await national.PostOkAsync($"/api/training/certifications/{number}/suspend", new { reason = "Complaint under review" });
        Assert.Equal("suspended", (await anonymous.GetJsonAsync($"/api/public/certificates/{number}")).GetProperty("status").GetString());
        Assert.DoesNotContain(number, await RosterNumbersAsync(national));
        await national.PostOkAsync($"/api/training/certifications/{number}/reinstate", new { });
        Assert.Equal("valid", (await anonymous.GetJsonAsync($"/api/public/certificates/{number}")).GetProperty("status").GetString());
        await national.PostOkAsync($"/api/training/certifications/{number}/revoke", new { reason = "Falsified savings" });
        Assert.Equal("revoked", (await anonymous.GetJsonAsync($"/api/public/certificates/{number}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await national.PostAsJsonAsync($"/api/training/certifications/{number}/reinstate", new { })).StatusCode);

        await certified.WaitForAsync(m => m.CertificateNumber == number && m.OccurredAt > DateTimeOffset.MinValue, Delivery);
        Assert.Equal("Complaint under review", (await suspended.WaitForAsync(m => m.CertificateNumber == number, Delivery)).Message.Reason);
        Assert.Equal(email, (await revoked.WaitForAsync(m => m.CertificateNumber == number, Delivery)).Message.ConsultantEmail);
        var announcements = await WaitForCountAsync(certified, number, 2);
        Assert.All(announcements, m => Assert.Equal(("GT", "Sofía Méndez", email), (m.Country, m.ConsultantName, m.ConsultantEmail)));
    }

    [Fact]
    public async Task Concurrent_issuance_gives_every_certificate_its_own_number_without_gaps()
    {
        var emails = Enumerable.Range(0, 8).Select(i => ApiClient.NewEmail($"pe{i}")).ToList();
        foreach (var email in emails)
        {
            await factory.ReadyForCertificationAsync(email, country: "PE");
        }
        var national = factory.AsNational();

        var responses = await Task.WhenAll(emails.Select(email => national.PostAsJsonAsync("/api/training/certifications", new { email })));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var numbers = (await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()))).Select(c => c.GetProperty("number").GetString()!).ToList();
        Assert.All(numbers, number => Assert.Matches(new Regex($"^CP-PE-{ApiClient.Today.Year}-\\d{{5}}$"), number));
        Assert.Equal(Enumerable.Range(1, 8), numbers.Select(number => int.Parse(number[^5..])).Order());
    }

    [Fact]
    public async Task Concurrent_requests_for_the_same_consultant_issue_one_certificate()
    {
        var email = ApiClient.NewEmail();
        await factory.ReadyForCertificationAsync(email, country: "HN");
        var national = factory.AsNational();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => national.PostAsJsonAsync("/api/training/certifications", new { email })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, (await national.GetJsonAsync($"/api/training/certifications?email={email}")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Only_national_staff_record_exams_and_issue_certificates()
    {
        var center = factory.AsCenter("mx-chihuahua");

        Assert.Equal(HttpStatusCode.Forbidden, (await center.PostAsJsonAsync("/api/training/certifications", new { email = ApiClient.NewEmail() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await center.PostAsJsonAsync("/api/training/exams",
            new { email = ApiClient.NewEmail(), name = "X", takenOn = ApiClient.Today, passed = true })).StatusCode);
        var problem = await factory.AsNational().PostAsJsonAsync("/api/training/exams", new { email = "x", takenOn = ApiClient.Today.AddDays(1) });
        Assert.Equal(["email", "name", "passed", "takenOn"],
            (await problem.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    private static async Task<List<string>> UnmetAsync(HttpResponseMessage response)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        return problem.GetProperty("unmetRequirements").EnumerateArray().Select(u => u.GetProperty("requirement").GetString()!).ToList();
    }

    private static async Task<List<string>> RosterNumbersAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/training/certified-consultants?pageSize=100")).GetProperty("items").EnumerateArray()
        .Select(entry => entry.GetProperty("number").GetString()!).ToList();

    private static async Task<List<ConsultantCertified>> WaitForCountAsync(EventCollector<ConsultantCertified> collector, string number, int count)
    {
        var deadline = DateTime.UtcNow + Delivery;
        while (collector.Received.Count(c => c.Message.CertificateNumber == number) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{count} ConsultantCertified for {number} did not arrive.");
            await Task.Delay(100);
        }
        return collector.Received.Where(c => c.Message.CertificateNumber == number).Select(c => c.Message).ToList();
    }
}
