using CpPlatform.Contracts.Enterprises;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Tests.Api;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Messaging;

/// <summary>The service talks to a private RabbitMQ node that the test stops and starts again.</summary>
public class OutageFactory : EnterprisesFactory
{
    public RabbitMqNode Broker { get; } = new();

    protected override string MessagingConnectionString => Broker.ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Broker.StartAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Broker.DisposeAsync();
    }
}

public class BrokerOutageTests(OutageFactory factory) : IClassFixture<OutageFactory>
{
    [Fact]
    public async Task A_registration_made_while_rabbitmq_is_stopped_is_delivered_once_it_is_back()
    {
        await using var collector = await EventCollector<EnterpriseRegistered>.StartAsync(factory.Broker.ConnectionString, "test-outage");
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        await client.RegisterAsync(ApiClient.NewEnterprise(legalName: "Before the outage"));
        await collector.WaitForAsync(message => message.Enterprise.LegalName == "Before the outage", TimeSpan.FromSeconds(30));

        await factory.Broker.StopAsync();
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise(legalName: "During the outage"));
        var tried = await WaitForOutboxRowAsync(enterprise.Id, row => row.Attempts > 0 || row.SentAt is not null);
        Assert.Null(tried.SentAt);

        await factory.Broker.StartAsync();
        var delivered = await collector.WaitForAsync(message => message.Enterprise.EnterpriseId == enterprise.Id, TimeSpan.FromSeconds(90));
        await factory.Database.WaitUntilOutboxRelayedAsync();
        await collector.WaitUntilDrainedAsync();

        Assert.Single(collector.Received, context => context.Message.Enterprise.EnterpriseId == enterprise.Id);
        var row = await OutboxRowForAsync(enterprise.Id);
        Assert.Equal(row.Id, delivered.MessageId);
        Assert.NotNull(row.SentAt);
        Assert.True(row.Attempts >= 1, "The relay should have tried, and failed, while the broker was down.");
    }

    /// <summary>Waits until the relay has acted on the row (published it, or failed to), rather than for a fixed time.</summary>
    private async Task<ServiceDefaults.Messaging.OutboxMessage> WaitForOutboxRowAsync(Guid enterpriseId, Func<ServiceDefaults.Messaging.OutboxMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var row = await OutboxRowForAsync(enterpriseId);
            if (condition(row))
            {
                return row;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The relay did not try the outbox row of enterprise {enterpriseId} within 60 s.");
            await Task.Delay(100);
        }
    }

    private async Task<ServiceDefaults.Messaging.OutboxMessage> OutboxRowForAsync(Guid enterpriseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(row => row.MessageType.Contains(nameof(EnterpriseRegistered)))
            .ToListAsync();
        return rows.Single(row => row.Body.Contains(enterpriseId.ToString()));
    }
}
