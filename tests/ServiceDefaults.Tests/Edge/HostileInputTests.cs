using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpPlatform.TestSupport;

namespace CpPlatform.ServiceDefaults.Tests.Edge;

/// <summary>Every bad request gets a clear 4xx in the platform's own words, whatever service it reaches.</summary>
public sealed class HostileInputTests(EdgeHost host) : IClassFixture<EdgeHost>
{
    private const string ControlCharacterRule = "Must not contain control characters.";

    private readonly HttpClient _caller = host.CreateClient(TestTokens.National("things"));

    [Theory]
    [InlineData("""{"name":"Q\u0000"}""", "name")]
    [InlineData("""{"name":"ok","tags":["a","b\u0007"]}""", "tags[1]")]
    [InlineData("""{"name":"ok","details":{"note":"x\u001b[31m"}}""", "details.note")]
    public async Task A_control_character_in_a_JSON_string_is_a_400_naming_the_field(string json, string field)
    {
        var response = await _caller.PostAsync("/api/things", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([ControlCharacterRule], problem.Errors(field));
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_ordinary_text()
    {
        var response = await _caller.PostAsync("/api/things",
            new StringContent("""{"name":"line one\r\nline two\tend"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("line one\r\nline two\tend", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_control_character_in_a_JSON_string_of_an_anonymous_write_is_a_400_too()
    {
        var response = await host.CreateClient().PostAsync("/api/public/things",
            new StringContent("""{"name":"Q\u0000"}""", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([ControlCharacterRule], problem.Errors("name"));
    }

    [Theory]
    [InlineData("/api/things?q=a%00b", "q")]
    [InlineData("/api/things?q=ok&sector=a%01", "sector")]
    [InlineData("/api/public/things?q=a%00b", "q")]
    public async Task A_control_character_in_the_query_string_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var client = url.StartsWith("/api/public", StringComparison.Ordinal) ? host.CreateClient() : _caller;

        var problem = await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([ControlCharacterRule], problem.Errors(parameter));
    }

    [Theory]
    [InlineData("/api/things/paged?page=2147483647", "page")]
    [InlineData("/api/things/paged?page=100001", "page")]
    [InlineData("/api/things/paged?page=0", "page")]
    [InlineData("/api/things/paged?pageSize=101", "pageSize")]
    [InlineData("/api/things/paged?pageSize=0", "pageSize")]
    [InlineData("/api/things/paged?page=99999999999", "page")]
    [InlineData("/api/things/paged?page=abc", "page")]
    [InlineData("/api/public/things?page=2147483647", "page")]
    public async Task Paging_outside_its_bounds_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var client = url.StartsWith("/api/public", StringComparison.Ordinal) ? host.CreateClient() : _caller;

        var problem = await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([parameter], problem.ErrorFields());
        Assert.DoesNotContain("Failed to bind", problem.ToString());
    }

    [Fact]
    public async Task The_last_page_allowed_is_answered()
    {
        var response = await _caller.GetAsync("/api/things/paged?page=100000&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"name\":")]
    public async Task An_empty_or_unreadable_body_is_a_400_in_the_platforms_words(string body)
    {
        var response = await _caller.PostAsync("/api/things", new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The request body is missing or is not valid JSON."], problem.Errors("body"));
        Assert.DoesNotContain("Did you mean", text);
        Assert.DoesNotContain("parameter", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LineNumber", text);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_naming_the_body()
    {
        var response = await _caller.PostAsync("/api/things", new StringContent("name=x", Encoding.UTF8, "text/plain"));

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.NotEmpty(problem.Errors("body"));
        Assert.DoesNotContain("Expected a supported JSON media type", problem.ToString());
    }

    [Fact]
    public async Task A_body_over_the_default_limit_is_a_413_before_it_is_read()
    {
        var name = new string('x', 1024 * 1024 + 1);
        var response = await _caller.PostAsync("/api/things",
            new StringContent($$"""{"name":"{{name}}"}""", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.NotEmpty(problem.Errors("body"));
    }

    [Fact]
    public async Task A_body_under_the_default_limit_is_accepted()
    {
        var name = new string('x', 200 * 1024);
        var response = await _caller.PostAsync("/api/things",
            new StringContent($$"""{"name":"{{name}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_20_MB_body_to_an_anonymous_endpoint_is_a_413_and_not_parsed()
    {
        var body = new ByteArrayContent(new byte[20 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");

        var response = await host.CreateClient().PostAsync("/api/public/things", body);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("16384", problem.Errors("body").Single());
    }

    [Fact]
    public async Task A_public_write_over_16_KB_is_a_413_even_when_sent_in_chunks()
    {
        var content = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes($$"""{"name":"{{new string('x', 17 * 1024)}}"}""")));
        content.Headers.ContentType = new("application/json");

        var response = await host.CreateClient().PostAsync("/api/public/things", content);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_endpoint_that_forgot_RequireAuthorization_is_closed_to_anonymous_callers()
    {
        var anonymous = await host.CreateClient().GetAsync("/api/forgotten");
        var caller = await _caller.GetAsync("/api/forgotten");

        await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, caller.StatusCode);
    }

    [Fact]
    public async Task Probes_and_the_openapi_document_stay_anonymous()
    {
        var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    /// <summary>A body whose length is not known up front, so it travels chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
