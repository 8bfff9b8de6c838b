using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Api;

public class SecurityTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task A_call_without_a_token_answers_401_as_problem_details()
    {
        var response = await factory.CreateClient(token: null).GetAsync("/api/enterprises");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tokens_not_signed_by_the_gateway_key_expired_or_from_another_issuer_are_refused()
    {
        using var otherKey = RSA.Create(2048);
        var forged = TestTokens.Issue(ClientKind.National, "forger", [ApiClient.Scope], signingKey: otherKey);
        var expired = TestTokens.Issue(ClientKind.National, "late", [ApiClient.Scope], lifetime: TimeSpan.FromMinutes(-10));
        var foreign = TestTokens.Issue(ClientKind.National, "elsewhere", [ApiClient.Scope], issuer: "someone-else");

        foreach (var token in new[] { forged, expired, foreign })
        {
            var response = await factory.CreateClient(token).GetAsync("/api/enterprises");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_bank_or_a_token_without_the_scope_is_forbidden()
    {
        var bank = await factory.CreateClient(TestTokens.Bank("banco-uno", ApiClient.Scope)).GetAsync("/api/enterprises");
        var noScope = await factory.CreateClient(TestTokens.Center("mx-chihuahua", "financing")).GetAsync("/api/enterprises");

        await bank.ProblemAsync(HttpStatusCode.Forbidden);
        await noScope.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_center_clients_register_enterprises_and_only_national_or_admin_create_centers()
    {
        var nationalRegisters = await factory.AsNational().PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(), ApiClient.Json);
        var centerCreatesCenter = await factory.AsCenter("mx-chihuahua")
            .PostAsJsonAsync("/api/centers", new { id = "mx-rogue", name = "Rogue", country = "MX" });

        await nationalRegisters.ProblemAsync(HttpStatusCode.Forbidden);
        await centerCreatesCenter.ProblemAsync(HttpStatusCode.Forbidden);
    }
}
