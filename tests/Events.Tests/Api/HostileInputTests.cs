using System.Net;
using System.Text;

namespace CpPlatform.Events.Tests.Api;

/// <summary>The anonymous endpoints refuse hostile input with 4xx problems, never a 500.</summary>
public class HostileInputTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task A_NUL_in_an_anonymous_question_is_a_400_naming_the_field()
    {
        var json = $$"""{"centerId":"{{ApiClient.NewCenterId()}}","name":"Q\u0000","email":"ana@example.org","question":"How?"}""";

        var response = await factory.AsPublic().PostAsync("/api/public/questions", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Must not contain control characters."], problem.Errors("name"));
    }

    [Theory]
    [InlineData("/api/public/events?page=2147483647", "page")]
    [InlineData("/api/public/events?country=M%00X", "country")]
    public async Task A_hostile_anonymous_query_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await (await factory.AsPublic().GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(parameter, problem.ErrorFields());
    }

    [Fact]
    public async Task A_20_MB_anonymous_question_is_a_413_and_not_parsed()
    {
        var body = new ByteArrayContent(new byte[20 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");

        var response = await factory.AsPublic().PostAsync("/api/public/questions", body);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_empty_question_body_is_a_400_in_the_platforms_words()
    {
        var response = await factory.AsPublic().PostAsync("/api/public/questions", new StringContent("", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The request body is missing or is not valid JSON."], problem.Errors("body"));
    }
}
