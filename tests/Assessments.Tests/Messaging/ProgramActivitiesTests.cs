using System.Text.Json;
using CpPlatform.Assessments.Tests.Api;
using CpPlatform.Contracts.Monitoring;

namespace CpPlatform.Assessments.Tests.Messaging;

public class ProgramActivitiesTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    private const string MexicoCity = "America/Mexico_City";
    private static readonly DateOnly PeriodStart = new(2025, 3, 1);
    private static readonly DateOnly PeriodEnd = new(2025, 3, 31);

    [Fact]
    public async Task Each_activity_is_published_with_its_fields_when_it_happens_and_a_correction_stops_it_counting()
    {
        await using var log = await ProgramActivityLog.StartAsync(factory, "test-activities-live");
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var projectId = await factory.SelectProjectAsync(centerId);
        var project = await client.GetJsonAsync($"/api/assessments/projects/{projectId}");
        var enterpriseId = project.GetProperty("enterpriseId").GetGuid();
        var selectedOn = DateOnly.FromDateTime(project.GetProperty("selectedAt").GetDateTimeOffset().UtcDateTime);
        var kept = await client.AddOptionAsync(projectId, 2_000m, 4_000m, category: "input-substitution");
        await client.ImplementAsync(projectId, kept, actualInvestment: 1_800m, verifiedAnnualSavings: 4_200m);
        var rejected = await client.AddOptionAsync(projectId, 50_000m, 1m);
        await client.PostOkAsync($"/api/assessments/projects/{projectId}/options/{rejected}/reject", new { reason = "economic" });
        await ProjectsApiTests.Measure(client, projectId, "baseline", water: 1_000m, output: 100m);
        await ProjectsApiTests.Measure(client, projectId, "after", water: 820m, output: 100m);
        await client.PostOkAsync($"/api/assessments/projects/{projectId}/cancel", new { reason = "The plant was sold" });

        var (center, demonstration) = await log.WaitForAsync(ProgramActivityNames.DemonstrationProject, projectId);
        Assert.Equal(centerId, center);
        Assert.Equal((selectedOn, true, enterpriseId), (demonstration.On, demonstration.Counts, demonstration.EnterpriseId));
        var recommended = (await log.WaitForAsync(ProgramActivityNames.OptionRecommended, kept)).Activity;
        Assert.Equal((selectedOn, true, "input-substitution", enterpriseId, projectId.ToString()),
            (recommended.On, recommended.Counts, recommended.Kind, recommended.EnterpriseId, recommended.GroupKey));
        var implemented = (await log.WaitForAsync(ProgramActivityNames.OptionImplemented, kept)).Activity;
        Assert.Equal((selectedOn, true, "input-substitution", enterpriseId, projectId.ToString(), 1_800m),
            (implemented.On, implemented.Counts, implemented.Kind, implemented.EnterpriseId, implemented.GroupKey, implemented.Amount));
        var verified = (await log.WaitForAsync(ProgramActivityNames.SavingsVerified, projectId)).Activity;
        Assert.Equal((DateOnly.FromDateTime(DateTime.UtcNow), true, enterpriseId, projectId.ToString(), 4_200m, false),
            (verified.On, verified.Counts, verified.EnterpriseId, verified.GroupKey, verified.Amount, verified.MeetsSavingsGoal));
        Assert.True((await log.WaitForAsync(ProgramActivityNames.OptionRecommended, rejected)).Activity.Counts);

        // Corrections: the rejection, the measurements that meet the goal (18% less water) and the cancellation.
        await log.WaitForAsync(ProgramActivityNames.OptionRecommended, rejected, activity => !activity.Counts);
        Assert.Equal(4_200m, (await log.WaitForAsync(ProgramActivityNames.SavingsVerified, projectId, activity => activity.MeetsSavingsGoal == true)).Activity.Amount);
        await log.WaitForAsync(ProgramActivityNames.DemonstrationProject, projectId, activity => !activity.Counts);
        var latest = (await log.LatestAsync(centerId)).Select(entry => entry.Activity).ToList();
        Assert.Equal(5, latest.Count);
        Assert.DoesNotContain(latest, activity => activity.Activity == ProgramActivityNames.OptionImplemented && activity.Key == rejected.ToString());
        Assert.All(latest, activity => Assert.Null(activity.Person));
    }

    [Fact]
    public async Task A_replay_request_sends_every_activity_again_as_it_stands()
    {
        await using var live = await ProgramActivityLog.StartAsync(factory, "test-activities-before-replay");
        var centerId = ApiClient.NewCenterId();
        var client = factory.AsCenter(centerId);
        var verifiedProject = await factory.SelectProjectAsync(centerId);
        await client.ImplementAsync(verifiedProject, await client.AddOptionAsync(verifiedProject, 1_000m, 2_000m), verifiedAnnualSavings: 2_500m);
        await client.ImplementAsync(verifiedProject, await client.AddOptionAsync(verifiedProject, 3_000m, 1_000m), actualInvestment: 3_300m);
        var rejected = await client.AddOptionAsync(verifiedProject, 9_000m, 10m);
        await client.PostOkAsync($"/api/assessments/projects/{verifiedProject}/options/{rejected}/reject", new { reason = "technical" });
        var cancelledProject = await factory.SelectProjectAsync(centerId);
        await client.AddOptionAsync(cancelledProject, 500m, 700m);
        await client.PostOkAsync($"/api/assessments/projects/{cancelledProject}/cancel", new { reason = "Closed down" });
        var before = (await live.LatestAsync(centerId)).Select(entry => entry.Activity).ToList();
        Assert.Equal(9, before.Count);

        await using var replayed = await ProgramActivityLog.StartAsync(factory, "test-activities-replayed");
        await factory.PublishAsync(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters, OccurredAt = DateTimeOffset.UtcNow, ReplayId = Guid.NewGuid(),
        });

        foreach (var activity in before)
        {
            Assert.Equal(centerId, (await replayed.WaitForAsync(activity.Activity, activity.Key, sent => sent == activity)).CenterId);
        }
        var again = (await replayed.LatestAsync(centerId)).Select(entry => entry.Activity);
        Assert.Equal(before.OrderBy(Identity), again.OrderBy(Identity));
    }

    /// <summary>
    /// Counting the activities as monitoring will (counted ones, On within the period, per center and for all) gives the
    /// portfolio's recommended and implemented options, implementation rate and investment for the same period, and the
    /// verified options' savings for projects whose latest verification falls in it.
    /// </summary>
    [Fact]
    public async Task Counting_the_activities_of_a_period_agrees_with_the_services_own_figures_for_each_center_and_for_all()
    {
        await using var log = await ProgramActivityLog.StartAsync(factory, "test-activities-agreement");
        var north = ApiClient.NewCenterId();
        var south = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(north, MexicoCity);
        var northClient = factory.AsCenter(north);
        var southClient = factory.AsCenter(south);

        var beforeStart = await SelectOnAsync(north, new DateOnly(2025, 2, 28));
        await VerifyOnAsync(northClient, beforeStart, await ImplementedOptionAsync(northClient, beforeStart, 1_000m, 2_000m, actual: 900m), 2_500m, new DateOnly(2025, 3, 10));
        await northClient.AddOptionAsync(beforeStart, 500m, 100m);
        var firstDay = await SelectOnAsync(north, PeriodStart);
        await VerifyOnAsync(northClient, firstDay, await ImplementedOptionAsync(northClient, firstDay, 2_000m, 4_000m, actual: 1_800m), 4_000m, new DateOnly(2025, 4, 2));
        await northClient.PostOkAsync($"/api/assessments/projects/{firstDay}/options/{await northClient.AddOptionAsync(firstDay, 7_000m, 10m)}/reject",
            new { reason = "economic" });
        await northClient.AddOptionAsync(firstDay, 300m, 600m);
        var lastDay = await SelectOnAsync(north, PeriodEnd);
        await VerifyOnAsync(northClient, lastDay, await ImplementedOptionAsync(northClient, lastDay, 3_000m, 3_000m), 3_600m, new DateOnly(2025, 3, 25));
        await VerifyOnAsync(northClient, lastDay, await ImplementedOptionAsync(northClient, lastDay, 0m, 1_200m), 1_000m, new DateOnly(2025, 4, 5));
        var afterEnd = await SelectOnAsync(north, new DateOnly(2025, 4, 1));
        await ImplementedOptionAsync(northClient, afterEnd, 800m, 900m);

        var inside = await SelectOnAsync(south, new DateOnly(2025, 3, 15));
        await VerifyOnAsync(southClient, inside, await ImplementedOptionAsync(southClient, inside, 10_000m, 2_000m), 2_100m, new DateOnly(2025, 3, 20));
        await southClient.AddOptionAsync(inside, 400m, 400m);
        await ProjectsApiTests.Measure(southClient, inside, "baseline", water: 1_000m, output: 100m);
        await ProjectsApiTests.Measure(southClient, inside, "after", water: 850m, output: 100m);
        var southBefore = await SelectOnAsync(south, new DateOnly(2025, 2, 27));
        await ImplementedOptionAsync(southClient, southBefore, 1_500m, 1_500m);
        var cancelled = await SelectOnAsync(south, new DateOnly(2025, 3, 20));
        await ImplementedOptionAsync(southClient, cancelled, 2_500m, 500m);
        await southClient.PostOkAsync($"/api/assessments/projects/{cancelled}/cancel", new { reason = "The plant was sold" });

        var activities = await log.LatestAsync();
        var projects = new List<JsonElement>();
        foreach (var id in new[] { beforeStart, firstDay, lastDay, afterEnd, inside, southBefore, cancelled })
        {
            projects.Add(await factory.AsNational().GetJsonAsync($"/api/assessments/projects/{id}"));
        }
        foreach (var expected in new[] { new Expected(north, 2, 2, 2_500m, 0), new Expected(south, 1, 2, 2_100m, 1), new Expected(null, 3, 4, 4_600m, 1) })
        {
            var centerId = expected.CenterId;
            var counted = activities
                .Where(entry => centerId is null || entry.CenterId == centerId)
                .Select(entry => entry.Activity)
                .Where(activity => activity.Counts && activity.On >= PeriodStart && activity.On <= PeriodEnd)
                .ToList();
            var portfolio = (await factory.AsNational().GetJsonAsync(
                $"/api/assessments/portfolio?from={PeriodStart:yyyy-MM-dd}&to={PeriodEnd:yyyy-MM-dd}{(centerId is null ? "" : $"&centerId={centerId}")}")).GetProperty("total");
            var recommended = counted.Count(activity => activity.Activity == ProgramActivityNames.OptionRecommended);
            var implemented = counted.Where(activity => activity.Activity == ProgramActivityNames.OptionImplemented).ToList();
            var verified = counted.Where(activity => activity.Activity == ProgramActivityNames.SavingsVerified).ToList();

            Assert.Equal(portfolio.GetProperty("recommendedOptions").GetInt32(), recommended);
            Assert.Equal(portfolio.GetProperty("implementedOptions").GetInt32(), implemented.Count);
            Assert.Equal(portfolio.GetProperty("implementationRatePercent").GetDecimal(),
                Math.Round((decimal)implemented.Count / recommended * 100, 1, MidpointRounding.AwayFromZero));
            Assert.Equal(portfolio.GetProperty("investment").GetDecimal(), implemented.Sum(activity => activity.Amount));
            Assert.Equal(expected.Plants, implemented.Select(activity => activity.EnterpriseId).Distinct().Count());
            Assert.Equal(expected.Projects, counted.Count(activity => activity.Activity == ProgramActivityNames.DemonstrationProject));
            Assert.Equal(VerifiedSavingsInPeriod(projects.Where(project => centerId is null || project.GetProperty("centerId").GetString() == centerId), north),
                verified.Sum(activity => activity.Amount));
            Assert.Equal(expected.Savings, verified.Sum(activity => activity.Amount));
            Assert.Equal(expected.MeetingGoal, verified.Where(activity => activity.MeetsSavingsGoal == true).Select(activity => activity.EnterpriseId).Distinct().Count());
        }
    }

    [Fact]
    public async Task A_project_selected_late_in_the_evening_is_dated_by_the_centers_day_as_its_portfolio_counts_it()
    {
        await using var log = await ProgramActivityLog.StartAsync(factory, "test-activities-late");
        var centerId = ApiClient.NewCenterId();
        await factory.AnnounceCenterAsync(centerId, MexicoCity);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(MexicoCity);
        factory.Clock.StoppedAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(PeriodEnd.ToDateTime(new TimeOnly(23, 30)), zone), TimeSpan.Zero);
        Guid projectId;
        try
        {
            projectId = await factory.SelectProjectAsync(centerId);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
        var optionId = await factory.AsCenter(centerId).AddOptionAsync(projectId, 1_000m, 1_000m);

        Assert.Equal(PeriodEnd, (await log.WaitForAsync(ProgramActivityNames.DemonstrationProject, projectId)).Activity.On);
        Assert.Equal(PeriodEnd, (await log.WaitForAsync(ProgramActivityNames.OptionRecommended, optionId)).Activity.On);
        var portfolio = await factory.AsCenter(centerId).GetJsonAsync($"/api/assessments/portfolio?from={PeriodEnd:yyyy-MM-dd}&to={PeriodEnd:yyyy-MM-dd}");
        Assert.Equal(1, portfolio.GetProperty("total").GetProperty("recommendedOptions").GetInt32());
    }

    /// <summary>The verified options' savings of each project whose latest verification falls in the period at its center.</summary>
    private static decimal VerifiedSavingsInPeriod(IEnumerable<JsonElement> projects, string mexicoCityCenter) => projects.Sum(project =>
    {
        var verified = project.GetProperty("options").EnumerateArray().Where(option => option.GetProperty("status").GetString() == "verified").ToList();
        if (verified.Count == 0)
        {
            return 0m;
        }
        var zone = project.GetProperty("centerId").GetString() == mexicoCityCenter ? TimeZoneInfo.FindSystemTimeZoneById(MexicoCity) : TimeZoneInfo.Utc;
        var latest = verified.Max(option => option.GetProperty("updatedAt").GetDateTimeOffset());
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest, zone).DateTime);
        return day >= PeriodStart && day <= PeriodEnd ? verified.Sum(option => option.GetProperty("verifiedAnnualSavings").GetDecimal()) : 0m;
    });

    /// <summary>What a scope (a center, or all when null) should count: non-cancelled projects, plants implementing, verified savings, plants meeting the goal.</summary>
    private sealed record Expected(string? CenterId, int Projects, int Plants, decimal Savings, int MeetingGoal);

    private static string Identity(ProgramActivity activity) => $"{activity.Activity}/{activity.Key}";

    /// <summary>Selects a project at noon on <paramref name="day"/> at the center (18:00 UTC: the same day in UTC and in Mexico City).</summary>
    private async Task<Guid> SelectOnAsync(string centerId, DateOnly day)
    {
        factory.Clock.StoppedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
        try
        {
            return await factory.SelectProjectAsync(centerId);
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    private static async Task<Guid> ImplementedOptionAsync(HttpClient client, Guid projectId, decimal investment, decimal annualSavings, decimal? actual = null)
    {
        var optionId = await client.AddOptionAsync(projectId, investment, annualSavings);
        await client.ImplementAsync(projectId, optionId, actualInvestment: actual);
        return optionId;
    }

    private async Task VerifyOnAsync(HttpClient client, Guid projectId, Guid optionId, decimal verifiedAnnualSavings, DateOnly day)
    {
        factory.Clock.StoppedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
        try
        {
            await client.PostOkAsync($"/api/assessments/projects/{projectId}/options/{optionId}/verify", new { verifiedAnnualSavings });
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }
}
