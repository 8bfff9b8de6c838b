using System.Net;
using System.Security.Cryptography;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;

namespace CpPlatform.Gateway.Tests.Proxy;

public class EdgeAuthenticationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_call_without_a_token_answers_401_problem_and_never_reaches_the_service()
    {
        var path = $"/api/enterprises/{Guid.NewGuid()}";

        var response = await factory.CreateClient(token: null).GetAsync(path);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain(path, factory.Downstream.Received);
    }

    [Fact]
    public async Task Forged_expired_or_foreign_tokens_answer_401_and_never_reach_the_service()
    {
        using var otherKey = RSA.Create(2048);
        var tokens = new[]
        {
            TestTokens.Issue(ClientKind.National, "forger", ["enterprises"], signingKey: otherKey),
            TestTokens.Issue(ClientKind.National, "late", ["enterprises"], lifetime: TimeSpan.FromMinutes(-10), signingKey: factory.SigningKey),
            TestTokens.Issue(ClientKind.National, "elsewhere", ["enterprises"], signingKey: factory.SigningKey, issuer: "someone-else"),
            "not-a-token",
        };

        foreach (var token in tokens)
        {
            var path = $"/api/centers/{Guid.NewGuid()}";
            var response = await factory.CreateClient(token).GetAsync(path);

            await response.ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.DoesNotContain(path, factory.Downstream.Received);
        }
    }

    [Fact]
    public async Task Public_paths_pass_without_a_token()
    {
        var response = await factory.CreateClient(token: null).GetAsync("/api/public/events/open?country=MX");

        var echoed = await response.EchoAsync();
        Assert.Equal("/api/public/events/open", echoed.Path);
        Assert.Null(echoed.Authorization);
    }

    [Fact]
    public async Task An_api_path_no_service_serves_answers_401_without_a_token_and_404_with_one()
    {
        var anonymous = await factory.CreateClient(token: null).GetAsync("/api/nothing-here");
        var withToken = await factory.CreateClient(factory.MintToken(ClientKind.National, "national", "enterprises")).GetAsync("/api/nothing-here");

        await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);
        await withToken.ProblemAsync(HttpStatusCode.NotFound);
    }
}
