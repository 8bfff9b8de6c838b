using System.Net;
using System.Text.Json;

namespace CpPlatform.Events.Tests.Api;

public class IndicatorsApiTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly DateTimeOffset March = new(2025, 3, 10, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task People_are_counted_once_across_events_and_attendance_is_broken_down_by_kind_category_and_center()
    {
        var chihuahua = ApiClient.NewCenterId();
        var bajio = ApiClient.NewCenterId();
        var tannery = await factory.RegisterEnterpriseAsync(chihuahua);
        var talk = await factory.AsCenter(chihuahua).PlanEventAsync(ApiClient.NewEvent(kind: "awareness-talk", startsAt: March));
        var workshop = await factory.AsCenter(chihuahua).PlanEventAsync(ApiClient.NewEvent(kind: "sector-workshop", startsAt: March.AddDays(7)));
        var forum = await factory.AsCenter(bajio).PlanEventAsync(ApiClient.NewEvent(kind: "annual-forum", startsAt: March.AddDays(14)));
        var outOfPeriod = await factory.AsCenter(chihuahua).PlanEventAsync(ApiClient.NewEvent(startsAt: March.AddYears(-1)));

        // Ana (company) at three events, typed three ways; Juan at two; a registration nobody checked in.
        await WalkInAsync(chihuahua, talk, ApiClient.Person("ana@cdn.mx", "company", tannery));
        await WalkInAsync(chihuahua, workshop, ApiClient.Person("ANA@cdn.mx", "company", tannery));
        await WalkInAsync(bajio, forum, ApiClient.Person(" Ana@Cdn.mx", "government"));
        await WalkInAsync(chihuahua, talk, ApiClient.Person("juan@gob.mx", "government"));
        await WalkInAsync(bajio, forum, ApiClient.Person("juan@gob.mx", "government"));
        await WalkInAsync(chihuahua, outOfPeriod, ApiClient.Person("old@gob.mx", "government"));
        await factory.AsCenter(chihuahua).PostOkAsync($"/api/events/{talk}/registrations", ApiClient.Person("absent@gob.mx"), HttpStatusCode.Created);

        var national = await factory.AsNational().GetJsonAsync("/api/events/indicators?from=2025-01-01&to=2025-12-31");
        var own = await factory.AsCenter(chihuahua).GetJsonAsync($"/api/events/indicators?from=2025-01-01&to=2025-12-31&centerId={bajio}");

        Assert.Equal((3, 5, 2, 1), Totals(national));
        Assert.Equal([("annual-forum", 2), ("awareness-talk", 2), ("sector-workshop", 1)], Pairs(national, "byKind", "kind"));
        Assert.Equal([("company", 2), ("government", 3)], Pairs(national, "byStakeholderCategory", "category"));
        Assert.Equal(new[] { (bajio, 2), (chihuahua, 3) }.OrderBy(pair => pair.Item1, StringComparer.Ordinal), Pairs(national, "byCenter", "centerId"));
        // A center always gets its own figures, whatever centerId it names.
        Assert.Equal((2, 3, 2, 1), Totals(own));
        Assert.Equal(chihuahua, own.GetProperty("centerId").GetString());
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused()
    {
        var response = await factory.AsNational().GetAsync("/api/events/indicators?from=2025-12-31&to=2025-01-01");

        Assert.Equal(["to"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    private async Task WalkInAsync(string centerId, Guid eventId, object person) =>
        await factory.AsCenter(centerId).PostOkAsync($"/api/events/{eventId}/walk-ins", person, HttpStatusCode.Created);

    private static (int, int, int, int) Totals(JsonElement figures) => (figures.GetProperty("events").GetInt32(), figures.GetProperty("attendances").GetInt32(),
        figures.GetProperty("distinctPeopleReached").GetInt32(), figures.GetProperty("distinctCompaniesReached").GetInt32());

    private static (string, int)[] Pairs(JsonElement figures, string list, string key) =>
        figures.GetProperty(list).EnumerateArray().Select(line => (line.GetProperty(key).GetString()!, line.GetProperty("attendances").GetInt32()))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal).ToArray();
}
