using System.Net.Http.Headers;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using MassTransit;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>
/// Hosts one service in-process against real servers: a database and a RabbitMQ virtual host made for this fixture
/// (so fixtures run in parallel without seeing each other), the shared Redis, and trust in the test token key.
/// </summary>
public abstract class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    private readonly string _databaseConnectionName;

    protected ServiceFactory(string databaseConnectionName)
    {
        _databaseConnectionName = databaseConnectionName;
    }

    public TestDatabase Database { get; private set; } = null!;
    public TestVirtualHost VirtualHost { get; private set; } = null!;

    /// <summary>The service's clock: real time unless a test stops it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The broker address the service is given; a test may point it at its own RabbitMQ node.</summary>
    protected virtual string MessagingConnectionString => VirtualHost.ConnectionString;

    protected virtual string CacheConnectionString => TestServers.Cache;

    public virtual async Task InitializeAsync()
    {
        var prefix = GetType().Name.ToLowerInvariant();
        Database = await TestDatabase.CreateAsync(prefix);
        VirtualHost = await TestVirtualHost.CreateAsync(prefix);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{_databaseConnectionName}", Database.ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", MessagingConnectionString);
        builder.UseSetting("ConnectionStrings:cache", CacheConnectionString);
        // Entries are loaded from this host's own database: another host's (a number or an id it also has) never answers here.
        builder.UseSetting("Cache:KeyPrefix", $"{Database.Name}:");
        builder.UseSetting($"{AuthOptions.Section}:Issuer", TestTokens.Issuer);
        builder.UseSetting($"{AuthOptions.Section}:Audience", TestTokens.Audience);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.500");
        builder.UseSetting("Outbox:MaxBackoff", "00:00:02");
        builder.ConfigureServices(services =>
        {
            services.TrustSigningKey(TestTokens.Key);
            // Start-up returns only once the consumers' queues are bound, so a test's first message is never lost.
            services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
            services.AddSingleton<DeliveryCounter>();
            services.AddConsumeObserver(provider => provider.GetRequiredService<DeliveryCounter>());
        });
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Publishes <paramref name="message"/> into this fixture's virtual host, as another service would.</summary>
    public async Task PublishAsync<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class
    {
        _ = Services; // the service (and its consumers) must be listening before anything is published
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(MessagingConnectionString)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        try
        {
            await bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid(), timeout.Token);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>
    /// Waits until a consumer of the service has handled the message: its inbox row commits with the consumer's effects,
    /// so "nothing changed" is asserted after the consumer ran, never because it has not run yet.
    /// </summary>
    /// <param name="consumer">The consumer's class name, when one consumer among several is meant.</param>
    public async Task WaitUntilConsumedAsync(Guid messageId, string? consumer = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM inbox_messages WHERE message_id = @id AND (@consumer IS NULL OR consumer = @consumer))", connection);
        command.Parameters.AddWithValue("id", messageId);
        command.Parameters.Add(new NpgsqlParameter<string?>("consumer", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = consumer });
        while (!(bool)(await command.ExecuteScalarAsync())!)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{consumer ?? "No consumer"} did not handle message {messageId} within 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits until the service's consumers have finished handling <paramref name="times"/> deliveries of the message, so
    /// a test that sends one message twice asserts after the second copy was handled, not only the first.
    /// </summary>
    public async Task WaitUntilDeliveredAsync(Guid messageId, int times)
    {
        var deliveries = Services.GetRequiredService<DeliveryCounter>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (deliveries.Handled(messageId) < times)
        {
            Assert.True(DateTime.UtcNow < deadline,
                $"Message {messageId} was handled {deliveries.Handled(messageId)} of {times} times within 60 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>An HTTP client that calls the service with <paramref name="token"/> as its bearer token.</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // Virtual on purpose: a derived factory's own clean-up (a private broker) runs too.
        await DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
