using System.Net;
using System.Net.Http.Json;
using CpPlatform.TestSupport;

namespace CpPlatform.Events.Tests.Api;

public class EventsApiTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task A_center_plans_an_event_with_every_field_and_reads_it_back()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);

        var planned = await center.PostOkAsync("/api/events", new
        {
            title = "Foro anual de producción más limpia", kind = "annual-forum", sectors = new[] { "dairy", "leather-tanning", "dairy" },
            startsAt = "2026-12-03T15:00:00Z", endsAt = "2026-12-03T21:00:00Z", onlineLink = "https://meet.example.org/foro",
            capacity = 200, coHosts = new[] { "SEMARNAT", "CANACINTRA" }, invitationsSent = 350, isPublic = false,
        }, HttpStatusCode.Created);
        var stored = await center.GetJsonAsync($"/api/events/{planned.GetProperty("id").GetGuid()}");

        Assert.Equal((centerId, "annual-forum", false, 200, 350, 200), (stored.GetProperty("centerId").GetString(), stored.GetProperty("kind").GetString(),
            stored.GetProperty("isPublic").GetBoolean(), stored.GetProperty("capacity").GetInt32(), stored.GetProperty("invitationsSent").GetInt32(),
            stored.GetProperty("placesLeft").GetInt32()));
        Assert.Equal(["dairy", "leather-tanning"], stored.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(["SEMARNAT", "CANACINTRA"], stored.GetProperty("coHosts").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal("https://meet.example.org/foro", stored.GetProperty("onlineLink").GetString());
    }

    [Fact]
    public async Task Bad_events_are_refused_naming_each_field_and_nothing_is_stored()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);

        var response = await center.PostAsJsonAsync("/api/events", new
        {
            title = "", sectors = new[] { "Leather Tanning" }, startsAt = "2026-12-03T15:00:00Z", endsAt = "2026-12-03T14:00:00Z",
            onlineLink = "ftp://files", capacity = 0, invitationsSent = -1,
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["capacity", "endsAt", "invitationsSent", "kind", "onlineLink", "sectors[0]", "title"], problem.ErrorFields());
        Assert.Equal(0, (await center.GetJsonAsync("/api/events")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Another_centers_events_and_registrations_answer_404_while_national_staff_see_every_center()
    {
        var owner = ApiClient.NewCenterId();
        var eventId = await factory.AsCenter(owner).PlanEventAsync();
        var registrationId = (await factory.AsCenter(owner).PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var stranger = factory.AsCenter(ApiClient.NewCenterId());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/events/{eventId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/events/{eventId}/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/events/{eventId}/attendance-sheet")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/events/{eventId}/registrations", ApiClient.Person("x@example.org"), ApiClient.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/events/{eventId}/registrations/{registrationId}/check-in", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/events/{eventId}", ApiClient.NewEvent(), ApiClient.Json)).StatusCode);
        Assert.Equal(0, (await stranger.GetJsonAsync("/api/events")).GetProperty("totalCount").GetInt32());

        var national = factory.AsNational();
        Assert.Equal(owner, (await national.GetJsonAsync($"/api/events/{eventId}")).GetProperty("centerId").GetString());
        Assert.Equal(1, (await national.GetJsonAsync($"/api/events?centerId={owner}")).GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await national.PostAsJsonAsync("/api/events", ApiClient.NewEvent(), ApiClient.Json)).StatusCode);
    }

    [Fact]
    public async Task Events_are_listed_newest_first_and_filtered_by_kind_and_period()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var talk = await center.PlanEventAsync(ApiClient.NewEvent(kind: "awareness-talk", startsAt: new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero)));
        var webinar = await center.PlanEventAsync(ApiClient.NewEvent(kind: "webinar", startsAt: new DateTimeOffset(2026, 5, 10, 15, 0, 0, TimeSpan.Zero)));

        var all = await center.GetJsonAsync("/api/events");
        var webinars = await center.GetJsonAsync("/api/events?kind=webinar");
        var march = await center.GetJsonAsync("/api/events?from=2026-03-01&to=2026-03-31");
        var badKind = await center.GetAsync("/api/events?kind=party");

        Assert.Equal([webinar, talk], all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal([webinar], webinars.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal([talk], march.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal(["kind"], (await badKind.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Calls_without_a_token_or_the_events_scope_are_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.AsPublic().GetAsync("/api/events")).StatusCode);
        var otherScope = factory.CreateClient(TestTokens.Center("mx-chihuahua", "enterprises"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherScope.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_health_answers()
    {
        var document = await factory.AsPublic().GetStringAsync("/openapi/v1.json");

        foreach (var operation in new[] { "PlanEvent", "Register", "CheckIn", "WalkIn", "GetAttendanceSheet", "RegisterPublicly", "AskTheExpert",
                     "AssignQuestion", "RecordBoardMinutes", "GetEventIndicators" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", document);
        }
        await factory.AsPublic().WaitUntilHealthyAsync();
    }
}
