using CpPlatform.Monitoring.Tests.Api;
using static CpPlatform.Contracts.Monitoring.ProgramActivityNames;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Messaging;

/// <summary>Each measure's figure, from activities published as the producing services publish them, read through progress.</summary>
public sealed class ActivityFiguresTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    private static readonly DateOnly Mar2003 = new(2003, 3, 10);
    private static readonly DateOnly Jun2004 = new(2004, 6, 15);

    [Fact]
    public async Task People_are_counted_once_across_events_per_scope_and_filters_pick_kinds_and_categories()
    {
        string a = NewCenterId(), b = NewCenterId(), outside = NewCenterId();
        var programId = await factory.ProgramWithAsync([a, b],
            NewIndicator("R", "people-reached"),
            NewIndicator("RW", "people-reached", filter: new { kinds = new[] { "sector-workshop" } }),
            NewIndicator("RG", "people-reached", filter: new { categories = new[] { "government" } }),
            NewIndicator("AT", "event-attendance"),
            NewIndicator("EH", "events-held"));
        await factory.RecordAsync(a,
            Activity(EventAttendance, $"{a}-1", Mar2003, kind: "awareness-talk", category: "government", person: "ana@gob.mx", groupKey: "e1"),
            Activity(EventAttendance, $"{a}-2", Mar2003, kind: "awareness-talk", category: "company", person: "luis@cdn.mx", groupKey: "e1"),
            Activity(EventAttendance, $"{a}-3", Mar2003.AddDays(5), kind: "sector-workshop", category: "government", person: " ANA@gob.mx", groupKey: "e2"));
        await factory.RecordAsync(b,
            Activity(EventAttendance, $"{b}-1", Jun2004, kind: "sector-workshop", category: "government", person: "ana@gob.mx", groupKey: "e3"));
        await factory.RecordAsync(outside,
            Activity(EventAttendance, $"{outside}-1", Jun2004, kind: "sector-workshop", category: "government", person: "eva@gob.mx", groupKey: "e4"));

        var progress = await factory.AsNational().ProgressAsync(programId);

        Assert.Equal((2m, 2m, 1m), (progress.Actual("R"), progress.Actual("R", a), progress.Actual("R", b)));
        Assert.Equal((2m, 1m, 0m), (progress.Actual("R", year: 2003), progress.Actual("R", year: 2004), progress.Actual("R", year: 2005)));
        Assert.Equal((1m, 1m, 1m), (progress.Actual("RW"), progress.Actual("RW", a), progress.Actual("RW", b)));
        Assert.Equal(1m, progress.Actual("RG"));
        Assert.Equal((4m, 3m), (progress.Actual("AT"), progress.Actual("EH")));
    }

    [Fact]
    public async Task A_correction_stops_an_activity_counting_and_an_older_message_changes_nothing()
    {
        var a = NewCenterId();
        var programId = await factory.ProgramWithAsync([a], NewIndicator("AT", "event-attendance"));
        var sent = DateTimeOffset.UtcNow;
        await factory.RecordAsync(a, sent, Activity(EventAttendance, $"{a}-1", Mar2003, person: "ana@gob.mx", groupKey: "e1"),
            Activity(EventAttendance, $"{a}-2", Mar2003, person: "luis@gob.mx", groupKey: "e1"));
        Assert.Equal(2m, (await factory.AsNational().ProgressAsync(programId)).Actual("AT"));

        // Within one batch the last word about an activity wins.
        await factory.RecordAsync(a, sent.AddSeconds(1), Activity(EventAttendance, $"{a}-1", Mar2003, person: "ana@gob.mx", groupKey: "e1"),
            Activity(EventAttendance, $"{a}-1", Mar2003, counts: false, person: "ana@gob.mx", groupKey: "e1"));
        await factory.RecordAsync(a, sent.AddSeconds(-1), Activity(EventAttendance, $"{a}-1", Mar2003, person: "ana@gob.mx", groupKey: "e1"));

        Assert.Equal(1m, (await factory.AsNational().ProgressAsync(programId)).Actual("AT"));
    }

    [Fact]
    public async Task Training_figures_count_distinct_people_of_their_category()
    {
        var a = NewCenterId();
        var programId = await factory.ProgramWithAsync([a],
            NewIndicator("ST", "students-trained"), NewIndicator("CE", "consultants-enrolled"),
            NewIndicator("CT", "consultants-trained"), NewIndicator("CC", "consultants-certified"));
        await factory.RecordAsync(a,
            Activity(TrainingCompletion, $"{a}-c1", Mar2003, category: "student", person: "s1@uach.mx", groupKey: "o1"),
            Activity(TrainingCompletion, $"{a}-c2", Jun2004, category: "student", person: "s1@uach.mx", groupKey: "o2"),
            Activity(TrainingCompletion, $"{a}-c3", Jun2004, category: "consultant", person: "k1@cp.mx", groupKey: "o2"),
            Activity(TrainingSeat, $"{a}-s1", Mar2003, category: "consultant", person: "k1@cp.mx", groupKey: "o1"),
            Activity(TrainingSeat, $"{a}-s2", Mar2003, category: "consultant", person: "k2@cp.mx", groupKey: "o1"),
            Activity(TrainingSeat, $"{a}-s3", Mar2003, counts: false, category: "consultant", person: "k3@cp.mx", groupKey: "o1"),
            Activity(CertificateIssued, $"{a}-x1", Jun2004, category: "consultant", person: "k1@cp.mx"));

        var progress = await factory.AsNational().ProgressAsync(programId);

        Assert.Equal((1m, 2m, 1m, 1m), (progress.Actual("ST"), progress.Actual("CE"), progress.Actual("CT"), progress.Actual("CC")));
    }

    [Fact]
    public async Task Assessment_figures_count_projects_companies_savings_and_the_implementation_rate()
    {
        var a = NewCenterId();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        var programId = await factory.ProgramWithAsync([a],
            NewIndicator("DP", "demonstration-projects"), NewIndicator("CI", "companies-implementing"),
            NewIndicator("CG", "companies-meeting-savings-goal"), NewIndicator("IR", "options-implementation-rate"),
            NewIndicator("VS", "verified-annual-savings-usd"));
        await factory.RecordAsync(a,
            Activity(DemonstrationProject, $"{a}-p1", Mar2003, enterpriseId: first),
            Activity(DemonstrationProject, $"{a}-p2", Mar2003, enterpriseId: second),
            Activity(DemonstrationProject, $"{a}-p3", Mar2003, counts: false, enterpriseId: second),
            Activity(OptionRecommended, $"{a}-o1", Mar2003, enterpriseId: first, groupKey: "p1"),
            Activity(OptionRecommended, $"{a}-o2", Mar2003, enterpriseId: first, groupKey: "p1"),
            Activity(OptionRecommended, $"{a}-o3", Mar2003, enterpriseId: second, groupKey: "p2"),
            Activity(OptionImplemented, $"{a}-o1", Jun2004, enterpriseId: first, groupKey: "p1"),
            Activity(OptionImplemented, $"{a}-o2", Jun2004, enterpriseId: first, groupKey: "p1"),
            Activity(SavingsVerified, $"{a}-p1", Jun2004, enterpriseId: first, groupKey: "p1", amount: 1000.505m, meetsSavingsGoal: true),
            Activity(SavingsVerified, $"{a}-p2", Jun2004, enterpriseId: second, groupKey: "p2", amount: 2000.25m, meetsSavingsGoal: false));

        var progress = await factory.AsNational().ProgressAsync(programId);

        Assert.Equal((2m, 1m, 1m, 3000.755m), (progress.Actual("DP"), progress.Actual("CI"), progress.Actual("CG"), progress.Actual("VS")));
        Assert.Equal(2m * 100 / 3, progress.Actual("IR"));
        Assert.Equal(0m, progress.Actual("IR", year: 2005));
    }

    [Fact]
    public async Task Board_members_are_a_level_to_the_windows_end_and_the_other_counts_are_flows()
    {
        var a = NewCenterId();
        var programId = await factory.ProgramWithAsync([a],
            NewIndicator("BM", "advisory-board-members"), NewIndicator("MT", "advisory-board-meetings"),
            NewIndicator("EQ", "expert-questions"), NewIndicator("EA", "expert-questions-answered"),
            NewIndicator("LG", "loans-guaranteed"), NewIndicator("GA", "guaranteed-amount-usd"));
        await factory.RecordAsync(a,
            Activity(AdvisoryBoardMember, $"{a}-m1", new DateOnly(2002, 11, 1), category: "government"),
            Activity(AdvisoryBoardMember, $"{a}-m2", Mar2003, category: "academia"),
            Activity(AdvisoryBoardMember, $"{a}-m3", Jun2004, category: "ngo"),
            Activity(AdvisoryBoardMember, $"{a}-m4", Jun2004, counts: false, category: "ngo"),
            Activity(AdvisoryBoardMember, $"{a}-m5", Mar2003, category: "industry-association", until: new DateOnly(2004, 12, 30)),
            Activity(AdvisoryBoardMeeting, $"{a}-b1", Mar2003),
            Activity(ExpertQuestion, $"{a}-q1", Mar2003),
            Activity(ExpertQuestion, $"{a}-q2", Jun2004),
            Activity(ExpertQuestionAnswered, $"{a}-q1", Mar2003),
            Activity(LoanGuaranteed, $"{a}-l1", Jun2004, kind: "USD", amount: 150_000m),
            Activity(LoanGuaranteed, $"{a}-l2", Jun2004, kind: "MXN", amount: 90_000m));

        var progress = await factory.AsNational().ProgressAsync(programId);

        // m5's term ends on 30 December 2004: a member at the end of 2003 (3, not 2), no longer at the end of 2004 (3, not 4).
        Assert.Equal((3m, 3m, 3m, 3m), (progress.Actual("BM", year: 2003), progress.Actual("BM", year: 2004), progress.Actual("BM", year: 2005), progress.Actual("BM")));
        Assert.Equal((1m, 2m, 1m), (progress.Actual("MT"), progress.Actual("EQ"), progress.Actual("EA")));
        Assert.Equal((2m, 150_000m), (progress.Actual("LG"), progress.Actual("GA")));
    }

    [Fact]
    public async Task Targets_give_percent_and_status_as_of_a_day_and_the_history_has_a_point_per_month()
    {
        var a = NewCenterId();
        var programId = await factory.ProgramWithAsync([a],
            NewIndicator("DP", "demonstration-projects", [Target(60), Target(10, a, 2003), Target(16, year: 2003), Target(22, year: 2004)]));
        await factory.RecordAsync(a, Enumerable.Range(1, 5).Select(n => Activity(DemonstrationProject, $"{a}-p{n}", new DateOnly(2003, n, 10))).ToArray());

        var progress = await factory.AsNational().ProgressAsync(programId, "asOf=2003-06-30");

        var centerYear = progress.Line("DP", a, 2003);
        Assert.Equal((10m, 5m, 50m, "on-track"), (centerYear.GetProperty("target").GetDecimal(), centerYear.GetProperty("actual").GetDecimal(),
            centerYear.GetProperty("percentOfTarget").GetDecimal(), centerYear.GetProperty("status").GetString()));
        Assert.Equal("at-risk", progress.Line("DP", year: 2003).GetProperty("status").GetString());
        Assert.Equal("not-started", progress.Line("DP", year: 2004).GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, progress.Line("DP", a).GetProperty("status").ValueKind);
        var history = progress.Indicator("DP").GetProperty("history").EnumerateArray()
            .Select(point => (point.GetProperty("on").GetString(), point.GetProperty("actual").GetDecimal())).ToList();
        Assert.Equal([("2003-01-31", 1m), ("2003-02-28", 2m), ("2003-03-31", 3m), ("2003-04-30", 4m), ("2003-05-31", 5m), ("2003-06-30", 5m)], history);
    }

    [Fact]
    public async Task Progress_follows_new_activities_within_seconds()
    {
        var a = NewCenterId();
        var programId = await factory.ProgramWithAsync([a], NewIndicator("EQ", "expert-questions", [Target(100, a)]));
        var national = factory.AsNational();
        Assert.Equal(0m, (await national.ProgressAsync(programId)).Actual("EQ", a));

        await factory.PublishAsync(new Contracts.Monitoring.ProgramActivitiesRecorded
        {
            CenterId = a, OccurredAt = DateTimeOffset.UtcNow, Activities = [Activity(ExpertQuestion, $"{a}-q", Mar2003)],
        });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await national.ProgressAsync(programId)).Actual("EQ", a) != 1m)
        {
            Assert.True(DateTime.UtcNow < deadline, "The question did not reach the progress within 10 s.");
            await Task.Delay(100);
        }
    }
}
