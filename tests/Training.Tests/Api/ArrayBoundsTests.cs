using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Training.Tests.Api;

/// <summary>Issue 13: every array in a request body has a maximum and rules for its elements; a breach is a 400 naming the field.</summary>
public class ArrayBoundsTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task A_course_for_more_audiences_than_there_are_categories_is_refused()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());

        var response = await center.PostAsJsonAsync("/api/training/courses", new
        {
            code = "CP-1", title = "Cleaner production", audiences = Enumerable.Repeat("student", 7),
            modules = new[] { new { title = "Module 1", topic = "best-practices", days = 1 } },
        }, ApiClient.Json);

        Assert.Equal(["Required: 1 to 6 audiences."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("audiences"));
    }

    [Fact]
    public async Task An_offering_with_too_many_instructors_or_a_repeated_session_is_refused()
    {
        var center = factory.AsCenter(ApiClient.NewCenterId());
        var course = await center.PublishCourseAsync(modules: 1);

        var tooMany = await center.PostAsJsonAsync("/api/training/offerings", Offering(course,
            instructors: Enumerable.Range(1, 21).Select(i => $"Instructor {i}").ToArray(), sessions: [new { module = 1, date = ApiClient.Today }]), ApiClient.Json);
        var repeated = await center.PostAsJsonAsync("/api/training/offerings", Offering(course,
            instructors: ["Marta Gómez", " "], sessions: [new { module = 1, date = ApiClient.Today }, new { module = 1, date = ApiClient.Today }]), ApiClient.Json);

        Assert.Equal(["Required: 1 to 20 instructors."], (await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).Errors("instructors"));
        var problem = await repeated.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["instructors[1]", "sessions[1]"], problem.ErrorFields());
        Assert.Equal(["Repeats sessions[0]."], problem.Errors("sessions[1]"));
    }

    private static object Offering(System.Text.Json.JsonElement course, string[] instructors, object[] sessions) => new
    {
        courseId = course.GetProperty("id").GetGuid(), startsOn = ApiClient.Today, endsOn = ApiClient.Today.AddDays(1), place = "Chihuahua",
        country = "MX", capacity = 10, instructors, sessions,
    };
}
