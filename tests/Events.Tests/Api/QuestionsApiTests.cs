using System.Net;
using System.Net.Http.Json;
using CpPlatform.Contracts.Training;
using CpPlatform.Events.Data;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests.Api;

public class QuestionsApiTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task Staff_assign_a_question_to_a_certified_consultant_and_record_the_answer_which_counts_for_the_year()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var certificate = await factory.CertifyConsultantAsync("Luis@Consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);
        var questionId = await AskAsync(centerId);

        var early = await center.PostAsJsonAsync($"/api/events/questions/{questionId}/answer", new { answer = "Too soon." }, ApiClient.Json);
        var assigned = await center.PostOkAsync($"/api/events/questions/{questionId}/assign", new { consultantEmail = "luis@consultores.mx" });
        var answered = await center.PostOkAsync($"/api/events/questions/{questionId}/answer", new { answer = "Recirculate the soaking water after screening." });
        var twice = await center.PostAsJsonAsync($"/api/events/questions/{questionId}/answer", new { answer = "Again." }, ApiClient.Json);

        await early.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("assigned", "luis@consultores.mx", "Luis Pérez"), (assigned.GetProperty("status").GetString(),
            assigned.GetProperty("expertEmail").GetString(), assigned.GetProperty("expertName").GetString()));
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        await twice.ProblemAsync(HttpStatusCode.Conflict);
        var experts = await center.GetJsonAsync("/api/events/experts");
        Assert.Contains(experts.EnumerateArray(), expert => expert.GetProperty("certificateNumber").GetString() == certificate);
        var year = DateTime.UtcNow.Year;
        var indicators = await center.GetJsonAsync($"/api/events/indicators?from={year}-01-01&to={year}-12-31");
        var perYear = indicators.GetProperty("questionsPerYear").EnumerateArray().Single();
        Assert.Equal((year, 1, 1), (perYear.GetProperty("year").GetInt32(), perYear.GetProperty("received").GetInt32(), perYear.GetProperty("answered").GetInt32()));
    }

    [Fact]
    public async Task Only_consultants_holding_a_valid_certificate_may_be_assigned()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var suspended = await factory.CertifyConsultantAsync("suspended@consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);
        var revoked = await factory.CertifyConsultantAsync("revoked@consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);
        await factory.PublishAsync(new CertificateSuspended
        {
            CenterId = "mx-chihuahua", OccurredAt = DateTimeOffset.UtcNow, CertificateNumber = suspended, ConsultantEmail = "suspended@consultores.mx", Reason = "Audit pending",
        });
        await factory.PublishAsync(new CertificateRevoked
        {
            CenterId = "mx-chihuahua", OccurredAt = DateTimeOffset.UtcNow, CertificateNumber = revoked, ConsultantEmail = "revoked@consultores.mx", Reason = "Misconduct",
        });
        await factory.WaitUntilAsync(async db => (await db.Roster.FindAsync(suspended))?.Status == Events.Domain.CertificateStatus.Suspended
            && (await db.Roster.FindAsync(revoked))?.Status == Events.Domain.CertificateStatus.Revoked, "the suspension and the revocation");
        var questionId = await AskAsync(centerId);

        foreach (var email in new[] { "suspended@consultores.mx", "revoked@consultores.mx", "nobody@consultores.mx" })
        {
            var refused = await center.PostAsJsonAsync($"/api/events/questions/{questionId}/assign", new { consultantEmail = email }, ApiClient.Json);
            Assert.Equal(["consultantEmail"], (await refused.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        }
        var experts = await center.GetJsonAsync("/api/events/experts");
        Assert.DoesNotContain(experts.EnumerateArray(), expert => expert.GetProperty("email").GetString()!.StartsWith("suspended") || expert.GetProperty("email").GetString()!.StartsWith("revoked"));
        Assert.Equal("received", (await center.GetJsonAsync($"/api/events/questions/{questionId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_assignment_to_a_consultant_whose_certificate_is_revoked_meanwhile_is_refused()
    {
        var centerId = ApiClient.NewCenterId();
        var certificate = await factory.CertifyConsultantAsync("marta@consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);
        var questionId = await AskAsync(centerId);

        // The revocation's consumer has changed the roster's row and not yet committed when the assignment reads it.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        await using var revocation = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE roster SET status = 'Revoked' WHERE certificate_number = {certificate}");
        var assignment = factory.AsCenter(centerId).PostAsJsonAsync($"/api/events/questions/{questionId}/assign", new { consultantEmail = "marta@consultores.mx" }, ApiClient.Json);
        await LockWaits.UntilAStatementWaitsOnAsync<EventsDbContext>(factory.Services, "roster");
        await revocation.CommitAsync();

        await (await assignment).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("received", (await factory.AsCenter(centerId).GetJsonAsync($"/api/events/questions/{questionId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_centers_question_answers_404()
    {
        var questionId = await AskAsync(ApiClient.NewCenterId());
        var stranger = factory.AsCenter(ApiClient.NewCenterId());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/events/questions/{questionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/events/questions/{questionId}/assign", new { consultantEmail = "a@b.mx" }, ApiClient.Json)).StatusCode);
    }

    /// <summary>Events knows a center once it has heard of it: the center plans an event first.</summary>
    private async Task<Guid> AskAsync(string centerId)
    {
        await factory.AsCenter(centerId).PlanEventAsync();
        return (await factory.AsPublic().PostOkAsync("/api/public/questions", new
        {
            centerId, name = "Ana Ruiz", email = "ana@cdn.mx", question = "¿Cómo reducimos el cromo en el curtido?",
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
