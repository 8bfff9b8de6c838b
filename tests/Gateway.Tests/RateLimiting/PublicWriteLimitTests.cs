using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Tests.RateLimiting;

public class PublicWriteLimitTests(LowPublicWriteLimitGatewayFactory factory) : IClassFixture<LowPublicWriteLimitGatewayFactory>
{
    private const int Limit = LowPublicWriteLimitGatewayFactory.Limit;

    [Fact]
    public async Task Anonymous_public_writes_are_limited_per_address_while_reads_other_addresses_and_token_holders_still_pass()
    {
        // Each test run speaks from its own loopback address, so the address's count starts at zero.
        using var anonymous = FromAddress(IPAddress.Parse($"127.0.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(2, 255)}"));
        for (var question = 1; question <= Limit; question++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/public/questions", new { question })).StatusCode);
        }

        var refused = await anonymous.PostAsJsonAsync($"/api/public/events/{Guid.NewGuid()}/registrations", new { name = "one too many" });

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/public/events")).StatusCode);
        using var neighbour = FromAddress(IPAddress.Parse("127.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, (await neighbour.PostAsJsonAsync("/api/public/questions", new { question = "neighbour" })).StatusCode);
        var staff = factory.CreateClient(factory.MintToken(ClientKind.National, $"staff-{Guid.NewGuid():N}", "events"));
        for (var call = 1; call <= Limit + 1; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync("/api/public/questions", new { call })).StatusCode);
        }
    }

    /// <summary>An anonymous client whose connections leave from <paramref name="local"/>, as a caller at that address would.</summary>
    private HttpClient FromAddress(IPAddress local)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = factory.CreateClient().BaseAddress };
    }
}
