using System.Net;
using System.Text.Json;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Events.Tests.Api;

namespace CpPlatform.Events.Tests.Messaging;

/// <summary>
/// Issue 15: counted the way program monitoring counts them (the latest message per activity and key, its day within the
/// period, distinct people, companies and events), the activities events sends agree with its own indicators endpoint.
/// </summary>
public class ProgramActivitiesAgreementTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
    private static readonly DateOnly From = new(2025, 3, 1);
    private static readonly DateOnly To = new(2025, 3, 31);

    [Fact]
    public async Task Activities_in_a_period_add_up_to_the_indicators_for_each_center_and_for_all()
    {
        await using var recorded = await ProgramActivityLog.StartAsync(factory, "test-activities-agreement");
        var chihuahua = ApiClient.NewCenterId();
        var tabasco = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(chihuahua, "America/Mexico_City");
        var tannery = await factory.RegisterEnterpriseAsync(chihuahua);
        var dairy = await factory.RegisterEnterpriseAsync(tabasco);

        var before = await PlanAsync(chihuahua, "awareness-talk", Mexico(2025, 2, 28, 17));
        var talk = await PlanAsync(chihuahua, "awareness-talk", Mexico(2025, 3, 1, 9));
        var workshop = await PlanAsync(chihuahua, "sector-workshop", Mexico(2025, 3, 20, 10));
        var after = await PlanAsync(chihuahua, "sector-workshop", Mexico(2025, 4, 1, 9));
        var forum = await PlanAsync(tabasco, "annual-forum", new DateTimeOffset(2025, 3, 5, 15, 0, 0, TimeSpan.Zero));
        var launch = await PlanAsync(tabasco, "launch", new DateTimeOffset(2025, 3, 31, 14, 0, 0, TimeSpan.Zero));
        var later = await PlanAsync(tabasco, "launch", new DateTimeOffset(2025, 4, 1, 14, 0, 0, TimeSpan.Zero));

        await WalkInAsync(chihuahua, before, ApiClient.Person("ana@cdn.mx", "company", tannery));
        await WalkInAsync(chihuahua, talk, ApiClient.Person("ana@cdn.mx", "company", tannery));
        await WalkInAsync(chihuahua, talk, ApiClient.Person("pedro@cdn.mx", "company", tannery));
        await WalkInAsync(chihuahua, talk, ApiClient.Person("juan@gob.mx"));
        await WalkInAsync(chihuahua, workshop, ApiClient.Person("ANA@cdn.mx", "company", tannery));
        await WalkInAsync(chihuahua, workshop, ApiClient.Person("eva@uach.mx", "academia"));
        await WalkInAsync(chihuahua, after, ApiClient.Person("eva@uach.mx", "academia"));
        await WalkInAsync(tabasco, forum, ApiClient.Person("juan@gob.mx"));
        await WalkInAsync(tabasco, forum, ApiClient.Person("lola@lacteos.mx", "company", dairy));
        await WalkInAsync(tabasco, launch, ApiClient.Person("lola@lacteos.mx", "company", dairy));
        await WalkInAsync(tabasco, later, ApiClient.Person("rafa@ong.mx", "ngo"));
        await factory.AsCenter(chihuahua).PostOkAsync($"/api/events/{talk}/registrations", ApiClient.Person("absent@gob.mx"), HttpStatusCode.Created);
        // A change of kind moves an attendance from one kind to another after it was first sent.
        await factory.AsCenter(tabasco).PutOkAsync($"/api/events/{launch}", ApiClient.NewEvent(kind: "sector-workshop", startsAt: new DateTimeOffset(2025, 3, 31, 14, 0, 0, TimeSpan.Zero)));

        await factory.CertifyConsultantAsync("luis@consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);
        await AskAsync(chihuahua, Mexico(2025, 2, 28, 16));
        await AskAsync(chihuahua, Mexico(2025, 3, 10, 12));
        await AnswerAsync(chihuahua, await AskAsync(chihuahua, Mexico(2025, 3, 15, 12)));
        await AnswerAsync(chihuahua, await AskAsync(chihuahua, Mexico(2025, 4, 1, 12)));
        await AnswerAsync(tabasco, await AskAsync(tabasco, new DateTimeOffset(2025, 3, 3, 12, 0, 0, TimeSpan.Zero)));

        foreach (var centerId in new[] { chihuahua, tabasco })
        {
            var own = await factory.AsCenter(centerId).GetJsonAsync($"/api/events/indicators?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}");
            Assert.Equal(Read(own), Count((await recorded.LatestAsync(centerId)).Select(latest => latest.Activity)));
        }
        var all = await factory.AsNational().GetJsonAsync($"/api/events/indicators?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}");
        Assert.Equal(Read(all), Count((await recorded.LatestAsync()).Select(latest => latest.Activity)));
        Assert.Equal("4 events, 8 attendances, 5 people, 2 companies, 3 questions, 2 answered", Read(all).Totals);
    }

    /// <summary>What program monitoring would show for the period: only activities that count, on a day within it.</summary>
    private static Figures Count(IEnumerable<ProgramActivity> activities)
    {
        var inPeriod = activities.Where(a => a.Counts && a.On >= From && a.On <= To).ToList();
        var attendances = inPeriod.Where(a => a.Activity == ProgramActivityNames.EventAttendance).ToList();
        var totals = $"{attendances.Select(a => a.GroupKey).Distinct().Count()} events, {attendances.Count} attendances, "
            + $"{attendances.Select(a => a.Person).Distinct().Count()} people, {attendances.Where(a => a.EnterpriseId is not null).Select(a => a.EnterpriseId).Distinct().Count()} companies, "
            + $"{inPeriod.Count(a => a.Activity == ProgramActivityNames.ExpertQuestion)} questions, "
            + $"{inPeriod.Count(a => a.Activity == ProgramActivityNames.ExpertQuestionAnswered)} answered";
        var byKind = attendances.GroupBy(a => a.Kind!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Select(a => a.GroupKey).Distinct().Count()}/{g.Count()}/{g.Select(a => a.Person).Distinct().Count()}");
        var byCategory = attendances.GroupBy(a => a.Category!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}/{g.Select(a => a.Person).Distinct().Count()}");
        return new Figures(totals, string.Join("; ", byKind), string.Join("; ", byCategory));
    }

    /// <summary>The same figures as the service's indicators endpoint answers them.</summary>
    private static Figures Read(JsonElement indicators)
    {
        var questions = indicators.GetProperty("questionsPerYear").EnumerateArray().ToList();
        var totals = $"{indicators.GetProperty("events").GetInt32()} events, {indicators.GetProperty("attendances").GetInt32()} attendances, "
            + $"{indicators.GetProperty("distinctPeopleReached").GetInt32()} people, {indicators.GetProperty("distinctCompaniesReached").GetInt32()} companies, "
            + $"{questions.Sum(year => year.GetProperty("received").GetInt32())} questions, {questions.Sum(year => year.GetProperty("answered").GetInt32())} answered";
        var byKind = indicators.GetProperty("byKind").EnumerateArray().OrderBy(line => line.GetProperty("kind").GetString(), StringComparer.Ordinal)
            .Select(line => $"{line.GetProperty("kind").GetString()}: {line.GetProperty("events").GetInt32()}/{line.GetProperty("attendances").GetInt32()}/{line.GetProperty("distinctPeople").GetInt32()}");
        var byCategory = indicators.GetProperty("byStakeholderCategory").EnumerateArray().OrderBy(line => line.GetProperty("category").GetString(), StringComparer.Ordinal)
            .Select(line => $"{line.GetProperty("category").GetString()}: {line.GetProperty("attendances").GetInt32()}/{line.GetProperty("distinctPeople").GetInt32()}");
        return new Figures(totals, string.Join("; ", byKind), string.Join("; ", byCategory));
    }

    private sealed record Figures(string Totals, string ByKind, string ByCategory);

    private async Task<Guid> PlanAsync(string centerId, string kind, DateTimeOffset startsAt) =>
        await factory.AsCenter(centerId).PlanEventAsync(ApiClient.NewEvent(kind: kind, startsAt: startsAt));

    private async Task WalkInAsync(string centerId, Guid eventId, object person) =>
        await factory.AsCenter(centerId).PostOkAsync($"/api/events/{eventId}/walk-ins", person, HttpStatusCode.Created);

    /// <summary>A question the center received at <paramref name="receivedAt"/>.</summary>
    private async Task<Guid> AskAsync(string centerId, DateTimeOffset receivedAt)
    {
        factory.Clock.StoppedAt = receivedAt.ToUniversalTime();
        try
        {
            return (await factory.AsPublic().PostOkAsync("/api/public/questions", new
            {
                centerId, name = "Ana Ruiz", email = "ana@cdn.mx", question = "¿Cómo reducimos el cromo en el curtido?",
            }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    private async Task AnswerAsync(string centerId, Guid questionId)
    {
        var center = factory.AsCenter(centerId);
        await center.PostOkAsync($"/api/events/questions/{questionId}/assign", new { consultantEmail = "luis@consultores.mx" });
        await center.PostOkAsync($"/api/events/questions/{questionId}/answer", new { answer = "Recirculate the soaking water after screening." });
    }

    private static DateTimeOffset Mexico(int year, int month, int day, int hour)
    {
        var local = new DateTime(year, month, day, hour, 0, 0);
        return new DateTimeOffset(local, MexicoCity.GetUtcOffset(local));
    }
}
