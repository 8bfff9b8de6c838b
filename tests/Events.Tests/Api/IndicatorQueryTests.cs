using System.Net;

namespace CpPlatform.Events.Tests.Api;

/// <summary>Issue 13: indicators over an unbounded period are counted by PostgreSQL, never by loading every check-in or question.</summary>
public class IndicatorQueryTests(SqlRecordingEventsFactory factory) : IClassFixture<SqlRecordingEventsFactory>
{
    [Fact]
    public async Task Indicators_read_one_row_per_figure_group_not_one_per_check_in_or_question()
    {
        var centerId = ApiClient.NewCenterId();
        var center = factory.AsCenter(centerId);
        var talk = await center.PlanEventAsync(ApiClient.NewEvent(startsAt: DateTimeOffset.UtcNow.AddDays(-2)));
        for (var person = 1; person <= 6; person++)
        {
            await center.PostOkAsync($"/api/events/{talk}/walk-ins", ApiClient.Person($"person{person}@gob.mx"), HttpStatusCode.Created);
        }
        for (var question = 1; question <= 3; question++)
        {
            await factory.AsPublic().PostOkAsync("/api/public/questions",
                new { centerId, name = "Ana Ruiz", email = $"asker{question}@cdn.mx", question = "¿Cómo reducimos el cromo?" }, HttpStatusCode.Created);
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        factory.Sql.Clear();

        var figures = await center.GetJsonAsync($"/api/events/indicators?from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        Assert.Equal((6, 3), (figures.GetProperty("attendances").GetInt32(), figures.GetProperty("questionsPerYear").EnumerateArray().Single().GetProperty("received").GetInt32()));
        var indicatorReads = factory.Sql.All.Where(read => read.Sql.Contains("registrations", StringComparison.Ordinal) || read.Sql.Contains("questions", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(indicatorReads);
        // One kind, one category, one center, one year: every grouped figure is a single row (and the read that finds the end).
        Assert.All(indicatorReads, read => Assert.True(read.ReadCalls <= 2, $"{read.ReadCalls} reads by:\n{read.Sql}"));
    }
}
