using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Training.Tests.Api;

/// <summary>Issue 13: offerings, sessions, exams and filters keep to a plausible calendar window.</summary>
public class DateWindowTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    private static readonly DateOnly Today = ApiClient.Today;

    [Theory]
    [InlineData("0001-01-01", "0001-01-01", "startsOn")]
    [InlineData("1999-12-31", "2000-01-02", "startsOn")]
    [InlineData("9999-12-31", "9999-12-31", "startsOn")]
    [InlineData("2020-01-01", "9999-12-31", "endsOn")]
    [InlineData("2020-01-01", "2022-01-02", "endsOn")]
    public async Task An_offering_out_of_its_window_is_refused_naming_the_field(string startsOn, string endsOn, string field)
    {
        var response = await ScheduleAsync(DateOnly.Parse(startsOn), DateOnly.Parse(endsOn));

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Fact]
    public async Task An_offering_starts_at_most_five_years_ahead()
    {
        var tooFar = await ScheduleAsync(Today.AddYears(5).AddDays(1), Today.AddYears(5).AddDays(1));
        var farthest = await ScheduleAsync(Today.AddYears(5), Today.AddYears(5));

        Assert.Contains("5 years after today at the center", Assert.Single((await tooFar.ProblemAsync(HttpStatusCode.BadRequest)).Errors("startsOn")));
        Assert.Equal(HttpStatusCode.Created, farthest.StatusCode);
    }

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    public async Task Offering_filters_keep_to_2000_through_2100(string query, string field)
    {
        var response = await factory.AsCenter(ApiClient.NewCenterId()).GetAsync($"/api/training/offerings?{query}");

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors(field));
    }

    [Fact]
    public async Task An_exam_is_dated_from_2000_to_today()
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/training/exams",
            new { email = ApiClient.NewEmail(), name = "Luis Pérez", takenOn = "1999-12-31", passed = true }, ApiClient.Json);

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("takenOn"));
    }

    private async Task<HttpResponseMessage> ScheduleAsync(DateOnly startsOn, DateOnly endsOn)
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var course = await center.PublishCourseAsync(modules: 1);
        return await center.PostAsJsonAsync("/api/training/offerings", new
        {
            courseId = course.GetProperty("id").GetGuid(), startsOn, endsOn, place = "Chihuahua", country = "MX", capacity = 10,
            instructors = new[] { "Marta Gómez" }, sessions = new[] { new { module = 1, date = startsOn } },
        }, ApiClient.Json);
    }
}
