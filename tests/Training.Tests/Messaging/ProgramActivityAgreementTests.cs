using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.TestSupport;
using CpPlatform.Training.Tests.Api;

namespace CpPlatform.Training.Tests.Messaging;

/// <summary>
/// Counting the published activities the way program monitoring does gives the service's own indicators, for a period,
/// for each center and for all, live and after a replay. A fixture of its own: every row of its database is counted.
/// </summary>
public class ProgramActivityAgreementTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    private static readonly DateOnly Today = ApiClient.Today;
    private static readonly (DateOnly From, DateOnly To) Period = (Today.AddDays(-40), Today.AddDays(-10));

    [Fact]
    public async Task People_trained_completed_and_certified_in_a_period_agree_with_the_indicators_live_and_after_a_replay()
    {
        await using var live = await ProgramActivityLog.StartAsync(factory);
        var (northId, southId) = (ApiClient.NewCenterId(), ApiClient.NewCenterId());
        var (north, south) = (factory.AsCenter(northId), factory.AsCenter(southId));
        var (both, student, promoted, late, southern, before) =
            (ApiClient.NewEmail("both"), ApiClient.NewEmail("student"), ApiClient.NewEmail("promoted"), ApiClient.NewEmail("late"),
                ApiClient.NewEmail("southern"), ApiClient.NewEmail("before"));

        var earlier = await OfferingAsync(north, Today.AddDays(-50));
        await CompleteAsync(north, earlier, await north.EnrolledIdAsync(Id(earlier), both), on: Today.AddDays(-48));
        var within = await OfferingAsync(north, Today.AddDays(-30), capacity: 2);
        var bothInNorth = await north.EnrolledIdAsync(Id(within), both);
        var cancelled = await north.EnrolledIdAsync(Id(within), student, "student");
        await north.EnrolledIdAsync(Id(within), promoted);
        Assert.Equal(HttpStatusCode.OK, (await north.PostAsJsonAsync($"/api/training/enrollments/{cancelled}/cancel", new { }, ApiClient.Json)).StatusCode);
        await CompleteAsync(north, within, bothInNorth, on: Today.AddDays(-25));
        var after = await OfferingAsync(north, Today.AddDays(-5));
        await CompleteAsync(north, after, await north.EnrolledIdAsync(Id(after), late), on: Today);

        var southWithin = await OfferingAsync(south, Today.AddDays(-20));
        await south.EnrolledIdAsync(Id(southWithin), both);
        await CompleteAsync(south, southWithin, await south.EnrolledIdAsync(Id(southWithin), southern), on: Today.AddDays(-20));
        await south.EnrolledIdAsync(Id(await OfferingAsync(south, Today.AddDays(-45))), before, "student");
        await CertifyAsync(southern, on: Today.AddDays(-15));
        await CertifyAsync(late, on: Today);

        var latest = await live.LatestAsync();
        Assert.Equal((3, 2, 1), await AssertAgreementAsync(latest, centerId: null));
        Assert.Equal((2, 1, 0), await AssertAgreementAsync(latest, northId));
        Assert.Equal((2, 1, 1), await AssertAgreementAsync(latest, southId));

        await using var replayed = await ProgramActivityLog.StartAsync(factory);
        await factory.PublishAsync(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters, OccurredAt = DateTimeOffset.UtcNow, ReplayId = Guid.NewGuid(),
        });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (replayed.LatestSoFar().Count < latest.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "The replay did not send every activity within 30 s.");
            await Task.Delay(100);
        }
        Assert.Equal(latest, await replayed.LatestAsync());
    }

    /// <summary>Asserts totals and every category line agree for the period; returns the totals.</summary>
    private async Task<(int Trained, int Completed, int Certified)> AssertAgreementAsync(
        IReadOnlyList<(string CenterId, ProgramActivity Activity)> latest, string? centerId)
    {
        var indicators = await factory.AsNational().GetJsonAsync(
            $"/api/training/indicators?from={Period.From:yyyy-MM-dd}&to={Period.To:yyyy-MM-dd}{(centerId is null ? "" : $"&centerId={centerId}")}");
        (int, int, int) Counted(string? category) => (
            People(latest, ProgramActivityNames.TrainingSeat, centerId, category),
            People(latest, ProgramActivityNames.TrainingCompletion, centerId, category),
            People(latest, ProgramActivityNames.CertificateIssued, centerId, category));

        var totals = Counts(indicators.GetProperty("totals"));
        Assert.Equal(totals, Counted(category: null));
        foreach (var line in indicators.GetProperty("byCategory").EnumerateArray())
        {
            Assert.Equal(Counts(line), Counted(line.GetProperty("category").GetString()));
        }
        return totals;
    }

    /// <summary>Distinct people with a counting <paramref name="activity"/> on a day within the period, as its measure counts them.</summary>
    private static int People(IEnumerable<(string CenterId, ProgramActivity Activity)> latest, string activity, string? centerId, string? category) => latest
        .Where(entry => entry.Activity.Activity == activity && entry.Activity.Counts && entry.Activity.On >= Period.From && entry.Activity.On <= Period.To
                        && (centerId is null || entry.CenterId == centerId) && (category is null || entry.Activity.Category == category))
        .Select(entry => entry.Activity.Person)
        .Distinct()
        .Count();

    private static async Task<JsonElement> OfferingAsync(HttpClient center, DateOnly day, int capacity = 20) =>
        await center.ScheduleOfferingAsync(await center.PublishCourseAsync(fee: 0m, modules: 1), capacity, lastDay: day);

    /// <summary>Present at the offering's one session on <paramref name="on"/> at the center, which completes the free course then.</summary>
    private async Task CompleteAsync(HttpClient center, JsonElement offering, Guid enrollmentId, DateOnly on)
    {
        var completed = await OnAsync(on, () => center.AttendAsync(offering, offering.Sessions()[0].Id, enrollmentId));
        Assert.Equal([enrollmentId], completed.GetProperty("completed").EnumerateArray().Select(id => id.GetGuid()));
    }

    private async Task CertifyAsync(string email, DateOnly on)
    {
        await factory.ScoreAsync(email, 85);
        await factory.PassExamAsync(email);
        await OnAsync(on, () => factory.AsNational().PostOkAsync("/api/training/certifications", new { email }, HttpStatusCode.Created));
    }

    private async Task<T> OnAsync<T>(DateOnly day, Func<Task<T>> action)
    {
        factory.Clock.StoppedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        try
        {
            return await action();
        }
        finally
        {
            factory.Clock.StoppedAt = null;
        }
    }

    private static Guid Id(JsonElement offering) => offering.GetProperty("id").GetGuid();

    private static (int, int, int) Counts(JsonElement line) =>
        (line.GetProperty("trained").GetInt32(), line.GetProperty("completed").GetInt32(), line.GetProperty("certified").GetInt32());
}
