using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Tests.Proxy;

/// <summary>The gateway refuses hostile requests itself, with the platform's problems, before proxying anything.</summary>
public class HostileEdgeTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_NUL_in_the_query_string_of_a_public_path_is_a_400_naming_the_parameter_and_never_proxied()
    {
        var response = await factory.CreateClient(token: null).GetAsync("/api/public/events?q=a%00b");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Must not contain control characters."], problem.Errors("q"));
        Assert.DoesNotContain(factory.Downstream.Received, received => received.Contains("a%00b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_NUL_in_a_JSON_string_sent_to_the_gateways_own_api_is_a_400_naming_the_field()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var response = await admin.PostAsync("/admin/clients",
            new StringContent("""{"name":"Q\u0000","kind":"national","scopes":["enterprises"]}""", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Must not contain control characters."], problem.Errors("name"));
    }

    [Fact]
    public async Task An_anonymous_write_over_16_KB_is_a_413_at_the_edge_and_never_proxied()
    {
        var question = new string('x', 64 * 1024);

        var response = await factory.CreateClient(token: null).PostAsJsonAsync("/api/public/questions", new { question });

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.NotEmpty(problem.Errors("body"));
        Assert.DoesNotContain("/api/public/questions", factory.Downstream.Received);
    }

    [Fact]
    public async Task A_chunked_anonymous_write_over_16_KB_is_a_413_too()
    {
        var content = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes($$"""{"question":"{{new string('x', 32 * 1024)}}"}""")));
        content.Headers.ContentType = new("application/json");

        var response = await factory.CreateClient(token: null).PostAsync("/api/public/questions", content);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.DoesNotContain("/api/public/questions", factory.Downstream.Received);
    }

    [Fact]
    public async Task An_authenticated_body_over_1_MB_is_a_413_and_a_modest_one_is_proxied()
    {
        var client = factory.CreateClient(factory.MintToken(ClientKind.National, "national", "enterprises"));
        // The gateway answers 413 from the declared length and closes the connection without reading the body. A client
        // that waits for "100 Continue", as uploaders of large bodies should, reads that answer instead of meeting a
        // broken pipe while it is still sending.
        client.DefaultRequestHeaders.ExpectContinue = true;

        var large = await client.PostAsync("/api/enterprises/large",
            new StringContent(JsonSerializer.Serialize(new { notes = new string('x', 1100 * 1024) }), Encoding.UTF8, "application/json"));
        var modest = await client.PostAsJsonAsync("/api/enterprises/modest", new { notes = new string('x', 100 * 1024) });

        await large.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.OK, modest.StatusCode);
        Assert.DoesNotContain("/api/enterprises/large", factory.Downstream.Received);
    }

    [Fact]
    public async Task Anonymous_health_says_only_the_status()
    {
        var response = await factory.CreateClient(token: null).GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["status"], body.EnumerateObject().Select(property => property.Name));
        Assert.Equal(response.StatusCode == HttpStatusCode.OK ? "Healthy" : "Unhealthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_path_outside_every_route_is_closed_to_anonymous_callers()
    {
        var response = await factory.CreateClient(token: null).GetAsync("/internal/anything");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
