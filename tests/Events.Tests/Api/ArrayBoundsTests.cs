using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Events.Tests.Api;

/// <summary>Issue 13: every array in a request body has a maximum and rules for its elements; a breach is a 400 naming the field.</summary>
public class ArrayBoundsTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task An_event_with_too_many_sectors_or_co_hosts_is_refused()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());

        var response = await center.PostAsJsonAsync("/api/events", new
        {
            title = "Foro", kind = "annual-forum", sectors = Enumerable.Repeat("dairy", 26), startsAt = "2026-12-03T15:00:00Z",
            endsAt = "2026-12-03T21:00:00Z", venue = "Chihuahua", capacity = 200, coHosts = Enumerable.Range(1, 21).Select(i => $"Host {i}"),
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["coHosts", "sectors"], problem.ErrorFields());
        Assert.Equal(["When given: at most 25 sectors."], problem.Errors("sectors"));
        Assert.Equal(["When given: at most 20 co-hosts."], problem.Errors("coHosts"));
    }

    [Fact]
    public async Task A_meeting_with_more_agenda_items_than_allowed_or_a_blank_one_is_refused()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());

        var tooLong = await center.PostAsJsonAsync("/api/events/advisory-board/meetings",
            new { date = "2025-09-15", agenda = Enumerable.Range(1, 51).Select(i => $"Item {i}") }, ApiClient.Json);
        var blank = await center.PostAsJsonAsync("/api/events/advisory-board/meetings",
            new { date = "2025-09-15", agenda = new[] { "Results", " " } }, ApiClient.Json);

        Assert.Equal(["Required: 1 to 50 agenda items."], (await tooLong.ProblemAsync(HttpStatusCode.BadRequest)).Errors("agenda"));
        Assert.Equal(["agenda[1]"], (await blank.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Attendance_naming_more_members_than_a_board_can_have_is_refused_before_any_lookup()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var meeting = (await center.PostOkAsync("/api/events/advisory-board/meetings", new { date = "2025-09-15", agenda = new[] { "Results" } }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var response = await center.PutAsJsonAsync($"/api/events/advisory-board/meetings/{meeting}/attendance",
            new { memberIds = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()) }, ApiClient.Json);

        Assert.Equal(["Required: at most 100 member ids."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("memberIds"));
    }
}
