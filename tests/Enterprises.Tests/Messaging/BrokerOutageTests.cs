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
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Null((await OutboxRowForAsync(enterprise.Id)).SentAt);

        await factory.Broker.StartAsync();
        var delivered = await collector.WaitForAsync(message => message.Enterprise.EnterpriseId == enterprise.Id, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(collector.Received, context => context.Message.Enterprise.EnterpriseId == enterprise.Id);
        var row = await OutboxRowForAsync(enterprise.Id);
        Assert.Equal(row.Id, delivered.MessageId);
        Assert.NotNull(row.SentAt);
        Assert.True(row.Attempts >= 1, "The relay should have tried, and failed, while the broker was down.");
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
