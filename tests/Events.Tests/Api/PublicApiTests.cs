using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Events.Tests.Api;

public class PublicApiTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task The_public_sees_upcoming_public_events_only_and_can_register_for_them()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var open = await center.PlanEventAsync(ApiClient.NewEvent(capacity: 1));
        var invitationOnly = await center.PlanEventAsync(ApiClient.NewEvent(isPublic: false));
        var past = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: DateTimeOffset.UtcNow.AddDays(-3)));
        var anyone = factory.AsPublic();

        var listed = await anyone.GetJsonAsync($"/api/public/events?centerId={centerId}");
        var first = await anyone.PostOkAsync($"/api/public/events/{open}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Accepted);
        var repeated = await anyone.PostOkAsync($"/api/public/events/{open}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Accepted);
        await anyone.PostOkAsync($"/api/public/events/{open}/registrations", ApiClient.Person("juan@example.org"), HttpStatusCode.Accepted);

        Assert.Equal([open], listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray());
        Assert.False(listed.GetProperty("items")[0].TryGetProperty("invitationsSent", out _));
        Assert.Equal(first.ToString(), repeated.ToString());
        Assert.Equal(0, (await anyone.GetJsonAsync($"/api/public/events/{open}")).GetProperty("placesLeft").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/public/events/{invitationOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.PostAsJsonAsync($"/api/public/events/{invitationOnly}/registrations", ApiClient.Person("x@example.org"), ApiClient.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.PostAsJsonAsync($"/api/public/events/{past}/registrations", ApiClient.Person("x@example.org"), ApiClient.Json)).StatusCode);
        var registrations = await center.GetJsonAsync($"/api/events/{open}/registrations");
        Assert.Equal(["public", "public"], registrations.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("source").GetString()!).ToArray());
        Assert.Equal(["confirmed", "waitlisted"], registrations.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("status").GetString()!).Order().ToArray());
    }

    [Fact]
    public async Task Anyone_may_ask_the_experts_and_a_retried_submission_is_stored_once()
    {
        var centerId = ApiClient.NewCenterId();
        await factory.AsCenter(centerId).PlanEventAsync(); // events knows a center once it has heard of it
        var question = new
        {
            centerId, name = "Ana Ruiz", email = "ana@cdn.mx", organisation = "Curtidos del Norte", sector = "leather-tanning",
            question = "¿Cómo reducimos el consumo de agua en el remojo?",
        };
        var anyone = factory.AsPublic();

        var first = await Ask(anyone, question, "q-1");
        var retried = await Ask(anyone, question, "q-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await first.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(receipt.GetProperty("id").GetGuid(), (await retried.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal("received", receipt.GetProperty("status").GetString());
        var listed = await factory.AsCenter(centerId).GetJsonAsync("/api/events/questions");
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await factory.AsCenter(ApiClient.NewCenterId()).GetJsonAsync("/api/events/questions")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_bad_question_is_refused_naming_each_field()
    {
        var response = await Ask(factory.AsPublic(), new { centerId = "Not A Center", email = "nope", question = "" }, idempotencyKey: null);

        Assert.Equal(["centerId", "email", "name", "question"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

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
