using CpPlatform.TestSupport;
using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;

namespace CpPlatform.Training.Tests.Api;

/// <summary>Every operation of the training API, read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(TrainingFactory factory, ITestOutputHelper output) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        var center = factory.AsCenter("mx-hostile");
        var course = await center.PublishCourseAsync();
        var offering = await center.ScheduleOfferingAsync(course);
        var offeringId = offering.GetProperty("id").GetGuid();
        var enrollmentId = await center.EnrolledIdAsync(offeringId, ApiClient.NewEmail());
        // Route ids name things that exist, so that changes reach their validation rather than a 404.
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            KnownValues = new Dictionary<string, string>
            {
                ["/api/training/courses/{id}"] = course.GetProperty("id").GetString()!,
                ["/api/training/offerings/{id}"] = offeringId.ToString(),
                ["/api/training/offerings/{id}/sessions/{sessionId}"] = offering.Sessions()[0].Id.ToString(),
                ["/api/training/enrollments/{id}"] = enrollmentId.ToString(),
                ["courseId"] = course.GetProperty("id").GetString()!,
                ["audience"] = "consultant",
                ["category"] = "consultant",
            },
            Tokens = [TestTokens.Center("mx-hostile", ApiClient.Scope), TestTokens.National(ApiClient.Scope), TestTokens.Admin(ApiClient.Scope)],
        };

        var report = await suite.RunAsync();

        output.WriteLine(report.Write("training"));
        Assert.True(report.Operations > 0 && report.Failures.Count == 0, report.Summary("training") + "\n" + string.Join("\n", report.Failures.Take(60)));
    }
}
