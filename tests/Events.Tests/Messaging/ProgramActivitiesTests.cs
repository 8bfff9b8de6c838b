using System.Net;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Events.Tests.Api;

namespace CpPlatform.Events.Tests.Messaging;

/// <summary>Issue 15: events sends program monitoring its check-ins, expert questions and advisory board, live and on a replay.</summary>
public class ProgramActivitiesTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");

    [Fact]
    public async Task A_check_in_is_sent_once_dated_by_its_events_day_at_the_center_and_again_when_the_event_changes_kind()
    {
        await using var recorded = await ProgramActivityLog.StartAsync(factory, "test-activities-attendance");
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, "America/Mexico_City");
        var center = factory.AsCenter(centerId);
        var enterpriseId = await factory.RegisterEnterpriseAsync(centerId);
        // Yesterday at 20:00 in Mexico City is already today in UTC: the attendance is dated by the center's day.
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, MexicoCity).DateTime).AddDays(-1);
        var startsAt = Local(yesterday, 20);
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(kind: "awareness-talk", startsAt: startsAt));
        var company = await WalkInAsync(center, eventId, ApiClient.Person("Ana@CDN.mx", "company", enterpriseId));
        var official = (await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("juan@gob.mx"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await center.PostOkAsync($"/api/events/{eventId}/registrations/{official}/check-in", null);
        await center.PostOkAsync($"/api/events/{eventId}/registrations/{official}/check-in", null);
        await center.PostOkAsync($"/api/events/{eventId}/registrations", ApiClient.Person("absent@gob.mx"), HttpStatusCode.Created);

        var sent = await recorded.SentAsync(centerId);

        Assert.Equal([company, official], sent.Select(s => Guid.Parse(s.Activity.Key)));
        var attendance = sent[0].Activity;
        Assert.Equal(
            (ProgramActivityNames.EventAttendance, yesterday, true, "awareness-talk", "company", PersonKey.Of("ana@cdn.mx"), (Guid?)enterpriseId, eventId.ToString()),
            (attendance.Activity, attendance.On, attendance.Counts, attendance.Kind, attendance.Category, attendance.Person, attendance.EnterpriseId, attendance.GroupKey));
        Assert.Equal(("government", (Guid?)null), (sent[1].Activity.Category, sent[1].Activity.EnterpriseId));

        await center.PutOkAsync($"/api/events/{eventId}", ApiClient.NewEvent(kind: "sector-workshop", startsAt: startsAt, title: "A new title"));
        await center.PutOkAsync($"/api/events/{eventId}", ApiClient.NewEvent(kind: "sector-workshop", startsAt: startsAt, title: "Only the title changes"));
        var current = await CurrentAsync(recorded, centerId);

        Assert.Equal(4, (await recorded.SentAsync(centerId)).Count);
        Assert.All(current, a => Assert.Equal(("sector-workshop", yesterday, true), (a.Kind, a.On, a.Counts)));
    }

    [Fact]
    public async Task A_question_counts_from_the_day_it_was_received_and_its_answer_once_recorded()
    {
        await using var recorded = await ProgramActivityLog.StartAsync(factory, "test-activities-questions");
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        await factory.CertifyConsultantAsync("luis@consultores.mx", $"CP-{Guid.NewGuid():N}"[..16]);
        var questionId = await AskAsync(centerId);

        var asked = await CurrentAsync(recorded, centerId);
        await center.PostOkAsync($"/api/events/questions/{questionId}/assign", new { consultantEmail = "luis@consultores.mx" });
        await center.PostOkAsync($"/api/events/questions/{questionId}/answer", new { answer = "Recirculate the soaking water after screening." });
        var answered = await CurrentAsync(recorded, centerId);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal([(ProgramActivityNames.ExpertQuestion, true), (ProgramActivityNames.ExpertQuestionAnswered, false)], asked.Select(a => (a.Activity, a.Counts)));
        Assert.Equal([(ProgramActivityNames.ExpertQuestion, true), (ProgramActivityNames.ExpertQuestionAnswered, true)], answered.Select(a => (a.Activity, a.Counts)));
        Assert.All(answered, a => Assert.Equal((questionId.ToString(), today, (string?)null, (string?)null), (a.Key, a.On, a.Person, a.Category)));
    }

    [Fact]
    public async Task A_board_member_carries_the_first_and_last_day_of_the_term_and_a_meeting_counts_on_its_day()
    {
        await using var recorded = await ProgramActivityLog.StartAsync(factory, "test-activities-board");
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var memberId = await AppointAsync(center, "2025-01-01", termEnd: null);
        var meetingId = (await center.PostOkAsync("/api/events/advisory-board/meetings", new { date = "2025-09-15", agenda = new[] { "Results" } }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var appointed = await CurrentAsync(recorded, centerId);

        await center.PutOkAsync($"/api/events/advisory-board/members/{memberId}",
            new { name = "Rosa Méndez", category = "government", organisation = "SEMARNAT", termStart = "2025-01-01", termEnd = "2025-06-30" });
        var ended = await CurrentAsync(recorded, centerId);

        var member = Assert.Single(appointed, a => a.Activity == ProgramActivityNames.AdvisoryBoardMember);
        Assert.Equal((memberId.ToString(), new DateOnly(2025, 1, 1), (DateOnly?)null, true, "government"),
            (member.Key, member.On, member.Until, member.Counts, member.Category));
        var meeting = Assert.Single(appointed, a => a.Activity == ProgramActivityNames.AdvisoryBoardMeeting);
        Assert.Equal((meetingId.ToString(), new DateOnly(2025, 9, 15), true), (meeting.Key, meeting.On, meeting.Counts));
        var endedTerm = Assert.Single(ended, a => a.Activity == ProgramActivityNames.AdvisoryBoardMember);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), true), (endedTerm.On, endedTerm.Until, endedTerm.Counts));
    }

    [Fact]
    public async Task A_replay_request_sends_every_activity_again_as_it_is_now()
    {
        await using var recorded = await ProgramActivityLog.StartAsync(factory, "test-activities-replay");
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: DateTimeOffset.UtcNow.AddDays(-2)));
        await WalkInAsync(center, eventId, ApiClient.Person("ana@gob.mx"));
        await WalkInAsync(center, eventId, ApiClient.Person("eva@uach.mx", "academia"));
        await AskAsync(centerId);
        await AppointAsync(center, "2025-01-01", "2025-06-30");
        await center.PostOkAsync("/api/events/advisory-board/meetings", new { date = "2025-09-15", agenda = new[] { "Results" } }, HttpStatusCode.Created);
        var live = await CurrentAsync(recorded, centerId);

        var requestedAt = DateTimeOffset.UtcNow;
        var replayId = Guid.NewGuid();
        await factory.PublishAsync(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters, OccurredAt = requestedAt, ReplayId = Guid.NewGuid(),
        }, replayId);
        await factory.WaitUntilDeliveredAsync(replayId, 1);
        var replayed = (await recorded.SentAsync(centerId)).Where(s => s.OccurredAt >= requestedAt).Select(s => s.Activity).ToList();

        Assert.Equal(6, live.Count);
        Assert.Equal(Ordered(live), Ordered(replayed));
    }

    [Fact]
    public async Task When_a_centers_time_zone_changes_its_check_ins_and_questions_are_sent_again_dated_by_its_new_calendar()
    {
        await using var recorded = await ProgramActivityLog.StartAsync(factory, "test-activities-calendar");
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        // 03:00 UTC on 1 March is still 28 February in Mexico City.
        var lateEvening = new DateTimeOffset(2025, 3, 1, 3, 0, 0, TimeSpan.Zero);
        var eventId = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: lateEvening));
        await WalkInAsync(center, eventId, ApiClient.Person("ana@gob.mx"));
        factory.Clock.StoppedAt = lateEvening;
        try
        {
            await AskAsync(centerId);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
        var inUtc = await CurrentAsync(recorded, centerId);

        var messageId = Guid.NewGuid();
        await factory.PublishAsync(new Contracts.Enterprises.CenterUpdated
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow,
            Center = new Contracts.Enterprises.CenterSnapshot { Revision = 2, Name = "Centro", Country = "MX", TimeZone = "America/Mexico_City" },
        }, messageId);
        await factory.WaitUntilConsumedAsync(messageId);
        var inMexicoCity = await CurrentAsync(recorded, centerId);

        Assert.Equal(3, inUtc.Count);
        Assert.All(inUtc, a => Assert.Equal(new DateOnly(2025, 3, 1), a.On));
        Assert.Equal(Ordered(inUtc.Select(a => a with { On = new DateOnly(2025, 2, 28) })), Ordered(inMexicoCity));
    }

    /// <summary>The center's activities as program monitoring holds them once everything sent so far has arrived.</summary>
    private static async Task<List<ProgramActivity>> CurrentAsync(ProgramActivityLog recorded, string centerId) =>
        [.. (await recorded.LatestAsync(centerId)).Select(latest => latest.Activity)];

    private static List<ProgramActivity> Ordered(IEnumerable<ProgramActivity> activities) =>
        [.. activities.OrderBy(a => a.Activity, StringComparer.Ordinal).ThenBy(a => a.Key, StringComparer.Ordinal)];

    private static async Task<Guid> WalkInAsync(HttpClient center, Guid eventId, object person) =>
        (await center.PostOkAsync($"/api/events/{eventId}/walk-ins", person, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> AppointAsync(HttpClient center, string termStart, string? termEnd) =>
        (await center.PostOkAsync("/api/events/advisory-board/members",
            new { name = "Rosa Méndez", category = "government", organisation = "SEMARNAT", termStart, termEnd }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Events knows a center once it has heard of it: the center plans an event first.</summary>
    private async Task<Guid> AskAsync(string centerId)
    {
        await factory.AsCenter(centerId).PlanEventAsync(ApiClient.NewEvent(startsAt: DateTimeOffset.UtcNow.AddDays(7)));
        return (await factory.AsPublic().PostOkAsync("/api/public/questions", new
        {
            centerId, name = "Ana Ruiz", email = "ana@cdn.mx", question = "¿Cómo reducimos el cromo en el curtido?",
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static DateTimeOffset Local(DateOnly day, int hour) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), MexicoCity.GetUtcOffset(day.ToDateTime(new TimeOnly(hour, 0))));
}
