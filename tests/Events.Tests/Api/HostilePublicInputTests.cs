using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Events.Tests.Api;

/// <summary>Issue 13: anonymous answers reveal nothing about other people, idempotency keys belong to their sender.</summary>
public class HostilePublicInputTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task The_same_question_key_from_another_asker_is_their_own_question_and_a_changed_body_is_refused()
    {
        var centerId = ApiClient.NewCenterId();
        await factory.AsCenter(centerId).PlanEventAsync();
        var anyone = factory.AsPublic();

        var ana = await Ask(anyone, Question(centerId, "ana@example.org", "¿Cómo reducimos el agua?"), "shared-key");
        var juan = await Ask(anyone, Question(centerId, "juan@example.org", "¿Y la energía?"), "shared-key");
        var anaRetry = await Ask(anyone, Question(centerId, "ana@example.org", "¿Cómo reducimos el agua?"), "shared-key");
        var anaChanged = await Ask(anyone, Question(centerId, "ana@example.org", "Otra pregunta"), "shared-key");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (ana.StatusCode, juan.StatusCode, anaRetry.StatusCode));
        var anaId = (await ana.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.NotEqual(anaId, (await juan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(anaId, (await anaRetry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var problem = await anaChanged.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:cp-platform:problem:idempotency-key-reused", problem.GetProperty("type").GetString());
        var listed = await factory.AsCenter(centerId).GetJsonAsync("/api/events/questions");
        Assert.Equal(["ana@example.org", "juan@example.org"],
            listed.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("askerEmail").GetString()!).Order().ToArray());
    }

    [Fact]
    public async Task A_question_to_a_center_events_has_never_heard_of_is_refused_naming_centerId()
    {
        var response = await Ask(factory.AsPublic(), Question(ApiClient.NewCenterId(), "ana@example.org", "¿Hola?"), idempotencyKey: null);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["centerId"], problem.ErrorFields());
    }

    [Fact]
    public async Task Registering_someone_elses_email_answers_the_same_neutral_receipt_without_their_registration()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(capacity: 1));
        var anyone = factory.AsPublic();

        var owner = await anyone.PostAsJsonAsync($"/api/public/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), ApiClient.Json);
        var prober = await anyone.PostAsJsonAsync($"/api/public/events/{eventId}/registrations", ApiClient.Person("ana@example.org", name: "Someone Else"), ApiClient.Json);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (owner.StatusCode, prober.StatusCode));
        var (first, second) = (await owner.Content.ReadFromJsonAsync<JsonElement>(), await prober.Content.ReadFromJsonAsync<JsonElement>());
        foreach (var receipt in new[] { first, second })
        {
            Assert.False(receipt.TryGetProperty("id", out _));
            Assert.False(receipt.TryGetProperty("status", out _));
            Assert.False(receipt.TryGetProperty("registeredAt", out _));
        }
        Assert.Equal(first.EnumerateObject().Select(p => p.Name), second.EnumerateObject().Select(p => p.Name));
        var registrations = await center.GetJsonAsync($"/api/events/{eventId}/registrations");
        Assert.Equal(1, registrations.GetProperty("totalCount").GetInt32());
        Assert.Equal("Ana Ruiz", registrations.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Event_numbers_beyond_their_documented_range_are_refused_naming_the_field()
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/events", new
        {
            title = "Forum", kind = "annual-forum", startsAt = DateTimeOffset.UtcNow.AddDays(3), endsAt = DateTimeOffset.UtcNow.AddDays(4), venue = "Hall",
            capacity = 100_001, invitationsSent = 2_000_000_000,
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["capacity", "invitationsSent"], problem.ErrorFields());
        Assert.Contains("1,000,000", problem.Errors("invitationsSent")[0]);
    }

    private static object Question(string centerId, string email, string text) => new { centerId, name = "Ana Ruiz", email, question = text };

    private static Task<HttpResponseMessage> Ask(HttpClient client, object question, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/questions") { Content = JsonContent.Create(question, options: ApiClient.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }
}
