using CpPlatform.TestSupport;
using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;

namespace CpPlatform.Events.Tests.Api;

/// <summary>Every operation of the events API, read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(EventsFactory factory, ITestOutputHelper output) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        var center = factory.AsCenter("mx-hostile");
        var eventId = (await center.PlanEventAsync()).ToString();
        await factory.AsPublic().PostOkAsync($"/api/public/events/{eventId}/registrations", ApiClient.Person("hostile@example.org"), System.Net.HttpStatusCode.Accepted);
        var registrations = await center.GetJsonAsync($"/api/events/{eventId}/registrations");
        var member = await center.PostOkAsync("/api/events/advisory-board/members",
            new { name = "Rosa Díaz", email = "rosa@example.org", category = "government", organisation = "SEMARNAT", termStart = DateOnly.FromDateTime(DateTime.UtcNow) }, System.Net.HttpStatusCode.Created);
        var meeting = await center.PostOkAsync("/api/events/advisory-board/meetings",
            new { date = DateOnly.FromDateTime(DateTime.UtcNow), venue = "Sala 1", agenda = new[] { "Work plan" } }, System.Net.HttpStatusCode.Created);
        // Route ids name things that exist, so that changes reach their validation rather than a 404.
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            KnownValues = new Dictionary<string, string>
            {
                ["/api/events/{id}"] = eventId,
                ["/api/events/{eventId}"] = eventId,
                ["/api/public/events/{id}"] = eventId,
                ["/api/events/{eventId}/registrations/{id}"] = registrations.GetProperty("items")[0].GetProperty("id").GetString()!,
                ["/api/events/advisory-board/members/{id}"] = member.GetProperty("id").GetString()!,
                ["/api/events/advisory-board/meetings/{id}"] = meeting.GetProperty("id").GetString()!,
                ["centerId"] = "mx-hostile",
                ["sector"] = "leather-tanning",
            },
            Tokens = [TestTokens.Center("mx-hostile", ApiClient.Scope), TestTokens.National(ApiClient.Scope), TestTokens.Admin(ApiClient.Scope)],
        };

        var report = await suite.RunAsync();

        output.WriteLine(report.Write("events"));
        Assert.True(report.Operations > 0 && report.Failures.Count == 0, report.Summary("events") + "\n" + string.Join("\n", report.Failures.Take(60)));
    }
}
