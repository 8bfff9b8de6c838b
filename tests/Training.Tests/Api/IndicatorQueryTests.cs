namespace CpPlatform.Training.Tests.Api;

/// <summary>Issue 13: indicators over an unbounded period are counted by PostgreSQL, never by loading every enrollment or certificate.</summary>
public class IndicatorQueryTests(SqlRecordingTrainingFactory factory) : IClassFixture<SqlRecordingTrainingFactory>
{
    [Fact]
    public async Task Indicators_read_one_row_per_figure_group_not_one_per_person()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var offering = await center.ScheduleOfferingAsync(await center.PublishCourseAsync(modules: 1));
        var enrolled = new List<Guid>();
        for (var person = 1; person <= 5; person++)
        {
            enrolled.Add(await center.EnrolledIdAsync(offering.GetProperty("id").GetGuid(), ApiClient.NewEmail()));
        }
        foreach (var enrollment in enrolled)
        {
            await center.PayAsync(enrollment);
        }
        await center.AttendAsync(offering, offering.Sessions()[0].Id, [.. enrolled]);
        factory.Sql.Clear();

        var figures = await center.GetJsonAsync("/api/training/indicators");

        Assert.Equal((5, 5), (figures.GetProperty("totals").GetProperty("trained").GetInt32(), figures.GetProperty("totals").GetProperty("completed").GetInt32()));
        var indicatorReads = factory.Sql.All.Where(read => read.Sql.Contains("enrollments", StringComparison.Ordinal) || read.Sql.Contains("certificates", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(indicatorReads);
        // One category, one center: every grouped figure is a single row (and the read that finds the end).
        Assert.All(indicatorReads, read => Assert.True(read.ReadCalls <= 2, $"{read.ReadCalls} reads by:\n{read.Sql}"));
    }
}
