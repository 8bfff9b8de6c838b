using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CpPlatform.Gateway.Tests;

/// <summary>
/// The gateway on a real Kestrel port (so callers have an address to forward), with its own database, the shared
/// Redis under a key prefix of its own, a test key it trusts beside its own (for tokens minted without asking it), a bootstrap admin, and an echo service standing in
/// for enterprises (HTTP/1.1 only), events and monitoring (with an HTTP/2 endpoint). Assessments points at a closed port;
/// training is not configured at all.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminClientId = "bootstrap-admin";

    public GatewayFactory()
    {
        UseKestrel(0);
    }

    public string AdminSecret { get; } = ClientSecret.Generate();
    public RSA SigningKey { get; } = RSA.Create(2048);
    public string RateLimitKeyPrefix { get; } = $"test-gateway:{Guid.NewGuid():N}";
    public TestDatabase Database { get; private set; } = null!;
    public EchoService Downstream { get; private set; } = null!;

    /// <summary>Large by default, so only the rate-limit tests meet the limit.</summary>
    protected virtual int PermitLimit => 100_000;

    protected virtual int TokenPermitLimit => 100_000;

    protected virtual string CacheConnectionString => TestServers.Cache;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(GetType().Name.ToLowerInvariant());
        Downstream = await EchoService.StartAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:gateway-db", Database.ConnectionString);
        builder.UseSetting("ConnectionStrings:cache", CacheConnectionString);
        builder.UseSetting($"{AuthOptions.Section}:Issuer", TestTokens.Issuer);
        builder.UseSetting($"{AuthOptions.Section}:Audience", TestTokens.Audience);
        builder.UseSetting("Gateway:BootstrapAdmin:ClientId", AdminClientId);
        builder.UseSetting("Gateway:BootstrapAdmin:ClientSecret", AdminSecret);
        builder.UseSetting("Gateway:RateLimit:PermitLimit", PermitLimit.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:RateLimit:TokenPermitLimitPerClient", TokenPermitLimit.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:RateLimit:TokenPermitLimitPerAddress", TokenPermitLimit.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:RateLimit:KeyPrefix", RateLimitKeyPrefix);
        builder.UseSetting("services:enterprises:http:0", Downstream.Address);
        // Events and monitoring have the HTTP/2 endpoint the AppHost gives every service; enterprises has HTTP/1.1 only.
        builder.UseSetting("services:events:http:0", Downstream.Address);
        builder.UseSetting("services:events:h2c:0", Downstream.Http2Address);
        builder.UseSetting("services:monitoring:http:0", Downstream.Address);
        builder.UseSetting("services:monitoring:h2c:0", Downstream.Http2Address);
        builder.UseSetting("services:assessments:http:0", $"http://127.0.0.1:{ClosedPort()}");
        builder.ConfigureServices(services => services.TrustSigningKey(SigningKey));
    }

    /// <summary>An HTTP client that calls the gateway with <paramref name="token"/> as its bearer token.</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>A token signed with the key this gateway trusts in tests, without asking its token endpoint (which counts against limits).</summary>
    public string MintToken(ClientKind kind, string clientId, params string[] scopes) =>
        TestTokens.Issue(kind, clientId, scopes, signingKey: SigningKey);

    /// <summary>A loopback port nothing listens on.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Downstream.DisposeAsync();
        await Database.DisposeAsync();
        SigningKey.Dispose();
    }
}
