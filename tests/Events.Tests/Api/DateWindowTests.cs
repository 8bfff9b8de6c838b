using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Events.Tests.Api;

/// <summary>Issue 13: events, board terms and meetings, and every date filter keep to a plausible calendar window.</summary>
public class DateWindowTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z", "startsAt")]
    [InlineData("1999-12-31T12:00:00Z", "1999-12-31T15:00:00Z", "startsAt")]
    [InlineData("9999-12-30T00:00:00Z", "9999-12-31T00:00:00Z", "startsAt")]
    [InlineData("2025-03-10T15:00:00Z", "9999-12-31T00:00:00Z", "endsAt")]
    [InlineData("2025-03-10T15:00:00Z", "2025-04-10T15:00:01Z", "endsAt")]
    public async Task An_event_out_of_its_window_is_refused_naming_the_field(string startsAt, string endsAt, string field)
    {
        var response = await PlanAsync(DateTimeOffset.Parse(startsAt), DateTimeOffset.Parse(endsAt));

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Fact]
    public async Task An_event_starts_at_most_five_years_ahead_and_lasts_at_most_31_days()
    {
        var tooFar = await PlanAsync(Now.AddYears(5).AddDays(2), Now.AddYears(5).AddDays(2).AddHours(3));
        var farthest = await PlanAsync(Now.AddYears(5).AddDays(-1), Now.AddYears(5).AddDays(30));

        Assert.Contains("5 years after today at the center", Assert.Single((await tooFar.ProblemAsync(HttpStatusCode.BadRequest)).Errors("startsAt")));
        Assert.Equal(HttpStatusCode.Created, farthest.StatusCode);
    }

    [Theory]
    [InlineData("/api/events?from=0001-01-01", "from")]
    [InlineData("/api/events?to=9999-12-31", "to")]
    [InlineData("/api/events/indicators?to=9999-12-31", "to")]
    [InlineData("/api/events/advisory-board/members?seatedOn=0001-01-01", "seatedOn")]
    public async Task Date_filters_keep_to_2000_through_2100_rather_than_overflowing(string url, string field)
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).GetAsync(url);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Theory]
    [InlineData("0001-01-01", null, "termStart")]
    [InlineData("9999-12-31", null, "termStart")]
    [InlineData("2024-01-01", "9999-12-31", "termEnd")]
    [InlineData("2024-01-01", "2023-12-31", "termEnd")]
    public async Task A_board_term_out_of_its_window_is_refused(string termStart, string? termEnd, string field)
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/events/advisory-board/members",
            new { name = "Ana Ruiz", category = "government", organisation = "SEMARNAT", termStart, termEnd }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_board_meeting_out_of_its_window_is_refused(string date)
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/events/advisory-board/meetings",
            new { date, agenda = new[] { "Annual plan" } }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("date"));
    }

    private Task<HttpResponseMessage> PlanAsync(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        factory.AsCenter(ApiClient.NewCenterId()).PostAsJsonAsync("/api/events", new
        {
            title = "Foro anual", kind = "annual-forum", startsAt, endsAt, venue = "Chihuahua", capacity = 100,
        }, ApiClient.Json);
}
