using System.Net;

namespace CpPlatform.Gateway.Tests.Identity;

/// <summary>Three token requests a minute per client id.</summary>
public sealed class LowTokenLimitGatewayFactory : GatewayFactory
{
    protected override int TokenPermitLimit => 3;
}

public class TokenRateLimitTests(LowTokenLimitGatewayFactory factory) : IClassFixture<LowTokenLimitGatewayFactory>
{
    [Fact]
    public async Task Token_requests_over_the_limit_get_429_before_their_secret_is_checked()
    {
        var http = factory.CreateClient();
        var clientId = $"guesser-{Guid.NewGuid():N}";

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await http.RequestTokenAsync(clientId, $"guess-{attempt}", basic: attempt % 2 == 0)).StatusCode);
        }
        var over = await http.RequestTokenAsync(clientId, "one guess too many");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.NotNull(over.Headers.RetryAfter);
    }
}
