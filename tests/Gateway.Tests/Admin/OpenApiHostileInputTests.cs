using CpPlatform.TestSupport.Hostile;
using Xunit.Abstractions;

namespace CpPlatform.Gateway.Tests.Admin;

/// <summary>Every operation of the gateway's own API (admin clients, token endpoint), read from its OpenAPI document, against hostile input.</summary>
public sealed class OpenApiHostileInputTests(GatewayFactory factory, ITestOutputHelper output) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_and_writes_nothing()
    {
        var center = await factory.RegisterCenterAsync();
        var suite = new HostileInputSuite(factory.CreateClient, factory.Database.ConnectionString)
        {
            Tokens = [await factory.AdminTokenAsync()],
            // Route ids name a client that exists, so that its operations reach their validation rather than a 404.
            KnownValues = new Dictionary<string, string> { ["/admin/clients/{clientId}"] = center.ClientId, ["kind"] = "center", ["centerId"] = "mx-hostile" },
            // It takes no input at all: whatever an admin sends, it rotates the key, as it should.
            Excluded = new Dictionary<string, string> { ["POST /admin/signing-keys/rotate"] = "takes no input" },
        };

        await suite.RunAndAssertAsync("gateway", output);
    }
}
