using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Events.Tests.Api;

public class RegistrationsApiTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task Concurrent_registrations_fill_the_places_exactly_and_queue_the_rest()
    {
        var centerId = ApiClient.NewCenterId();
        var eventId = await factory.AsCenter(centerId).PlanEventAsync(ApiClient.NewEvent(capacity: 5));

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            factory.AsCenter(centerId).PostAsJsonAsync($"/api/events/{eventId}/registrations", ApiClient.Person($"person{i}@example.org"), ApiClient.Json)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var statuses = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()));
        Assert.Equal(5, statuses.Count(status => status == "confirmed"));
        Assert.Equal(15, statuses.Count(status => status == "waitlisted"));
        var stored = await factory.AsCenter(centerId).GetJsonAsync($"/api/events/{eventId}");
        Assert.Equal((5, 15, 0), (stored.GetProperty("confirmed").GetInt32(), stored.GetProperty("waitlisted").GetInt32(), stored.GetProperty("placesLeft").GetInt32()));
    }

    [Fact]
    public async Task Concurrent_cancellations_promote_the_waitlist_in_order_and_never_over_capacity()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(capacity: 3));
        var ids = new List<Guid>();
        for (var i = 1; i <= 8; i++)
        {
            ids.Add((await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person($"p{i}@example.org"), HttpStatusCode.Created))
                .GetProperty("id").GetGuid());
        }

        // Two of the three confirmed cancel at once, and one of them twice.
        var cancellations = await Task.WhenAll(new[] { ids[0], ids[1], ids[1] }.Select(id =>
            factory.AsCenter(centerId).PostAsync($"/api/events/{eventId}/registrations/{id}/cancel", null)));

        Assert.All(cancellations, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var confirmed = await center.GetJsonAsync($"/api/events/{eventId}/registrations?status=confirmed");
        Assert.Equal([ids[2], ids[3], ids[4]], confirmed.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToArray());
        var waitlisted = await center.GetJsonAsync($"/api/events/{eventId}/registrations?status=waitlisted");
        Assert.Equal(3, waitlisted.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Raising_the_capacity_promotes_the_waitlist_and_lowering_it_below_the_confirmed_is_refused()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(capacity: 1));
        await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("first@example.org"), HttpStatusCode.Created);
        await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("second@example.org"), HttpStatusCode.Created);

        var raised = await center.PutOkAsync($"/api/events/{eventId}", ApiClient.NewEvent(capacity: 3));
        var lowered = await center.PutAsJsonAsync($"/api/events/{eventId}", ApiClient.NewEvent(capacity: 1), ApiClient.Json);

        Assert.Equal((2, 0, 1), (raised.GetProperty("confirmed").GetInt32(), raised.GetProperty("waitlisted").GetInt32(), raised.GetProperty("placesLeft").GetInt32()));
        Assert.Equal(["capacity"], (await lowered.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Registering_the_same_email_again_returns_the_first_registration()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync();

        var first = await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Created);
        var again = await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person(" ANA@example.org"), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(1, (await center.GetJsonAsync($"/api/events/{eventId}/registrations")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Checking_in_twice_changes_nothing_and_walk_ins_are_admitted_even_when_full()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(capacity: 1));
        var registrationId = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var first = await center.PostOkAsync($"/api/events/{eventId}/registrations/{registrationId}/check-in", null);
        var second = await center.PostOkAsync($"/api/events/{eventId}/registrations/{registrationId}/check-in", null);
        var walkIn = await center.PostOkAsync($"/api/events/{eventId}/walk-ins", ApiClient.Person("juan@example.org", "student"), HttpStatusCode.Created);
        var registeredWalkIn = await center.PostOkAsync($"/api/events/{eventId}/walk-ins", ApiClient.Person("ana@example.org"), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("checkedInAt").GetDateTimeOffset(), second.GetProperty("checkedInAt").GetDateTimeOffset());
        Assert.Equal(("walk-in", "confirmed"), (walkIn.GetProperty("source").GetString(), walkIn.GetProperty("status").GetString()));
        Assert.Equal(registrationId, registeredWalkIn.GetProperty("id").GetGuid());
        var stored = await center.GetJsonAsync($"/api/events/{eventId}");
        Assert.Equal((2, 2), (stored.GetProperty("checkedIn").GetInt32(), stored.GetProperty("confirmed").GetInt32()));
    }

    [Fact]
    public async Task A_cancelled_registration_cannot_be_checked_in_and_an_attendance_cannot_be_cancelled()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync();
        var cancelled = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("gone@example.org"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var attended = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("came@example.org"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await center.PostOkAsync($"/api/events/{eventId}/registrations/{cancelled}/cancel", null);
        await center.PostOkAsync($"/api/events/{eventId}/registrations/{attended}/check-in", null);

        await (await center.PostAsync($"/api/events/{eventId}/registrations/{cancelled}/check-in", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await center.PostAsync($"/api/events/{eventId}/registrations/{attended}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Someone_who_cancelled_joins_the_end_of_the_line_when_registering_again_and_is_admitted_as_a_walk_in()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(capacity: 1));
        var ana = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("juan@example.org"), HttpStatusCode.Created);
        var eva = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("eva@example.org"), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var cancelled = await center.PostOkAsync($"/api/events/{eventId}/registrations/{ana}/cancel", null);
        var again = await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org"), HttpStatusCode.OK);
        await center.PostOkAsync($"/api/events/{eventId}/registrations/{eva}/cancel", null);
        var door = await center.PostOkAsync($"/api/events/{eventId}/walk-ins", ApiClient.Person("eva@example.org"), HttpStatusCode.OK);

        Assert.Equal(["juan@example.org"], cancelled.GetProperty("promoted").EnumerateArray().Select(r => r.GetProperty("email").GetString()!).ToArray());
        Assert.Equal((ana, "waitlisted"), (again.GetProperty("id").GetGuid(), again.GetProperty("status").GetString()));
        Assert.Equal((eva, "confirmed", "walk-in"), (door.GetProperty("id").GetGuid(), door.GetProperty("status").GetString(), door.GetProperty("source").GetString()));
        Assert.NotEqual(JsonValueKind.Null, door.GetProperty("checkedInAt").ValueKind);
    }

    [Fact]
    public async Task A_company_registration_needs_an_enterprise_of_the_events_center()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var eventId = await center.PlanEventAsync();
        var own = await factory.RegisterEnterpriseAsync(centerId);
        var others = await factory.RegisterEnterpriseAsync(ApiClient.NewCenterId());

        var missing = await center.PostAsJsonAsync($"/api/events/{eventId}/registrations", ApiClient.Person("a@cdn.mx", "company"), ApiClient.Json);
        var foreign = await center.PostAsJsonAsync($"/api/events/{eventId}/registrations", ApiClient.Person("b@cdn.mx", "company", others), ApiClient.Json);
        var notCompany = await center.PostAsJsonAsync($"/api/events/{eventId}/registrations", ApiClient.Person("c@cdn.mx", "academia", own), ApiClient.Json);
        var accepted = await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("d@cdn.mx", "company", own), HttpStatusCode.Created);

        Assert.Equal(["enterpriseId"], (await missing.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["enterpriseId"], (await foreign.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["enterpriseId"], (await notCompany.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(own, accepted.GetProperty("enterpriseId").GetGuid());
    }

    [Fact]
    public async Task Bad_people_are_refused_naming_each_field()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync();

        var response = await center.PostAsJsonAsync($"/api/events/{eventId}/registrations",
            new { name = "", email = "not-an-email", organisation = new string('x', 201) }, ApiClient.Json);
        var unknownCategory = await center.PostAsJsonAsync($"/api/events/{eventId}/registrations",
            new { name = "Ana", email = "ana@example.org", category = "astronaut" }, ApiClient.Json);

        Assert.Equal(["category", "email", "name", "organisation"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["category"], (await unknownCategory.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(0, (await center.GetJsonAsync($"/api/events/{eventId}/registrations")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_attendance_sheet_lists_everyone_checked_in_as_csv()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var eventId = await center.PlanEventAsync();
        var registered = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("ana@example.org", name: "Ana Ruiz"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("absent@example.org"), HttpStatusCode.Created);
        await center.PostOkAsync($"/api/events/{eventId}/registrations/{registered}/check-in", null);
        await center.PostOkAsync($"/api/events/{eventId}/walk-ins", new { name = "Eva Díaz, PhD", email = "eva@uach.mx", organisation = "UACH", category = "academia" }, HttpStatusCode.Created);

        var response = await center.GetAsync($"/api/events/{eventId}/attendance-sheet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,email,organisation,category,enterpriseId,walkIn,checkedInAt", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Ana Ruiz,ana@example.org,Secretaría de Medio Ambiente,government,,false,", lines[1]);
        Assert.StartsWith("\"Eva Díaz, PhD\",eva@uach.mx,UACH,academia,,true,", lines[2]);
    }
}
