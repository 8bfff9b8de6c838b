using System.Net.Http.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Tests.Api;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Messaging;

public class EventPublishingTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_registration_publishes_exactly_one_EnterpriseRegistered_with_the_snapshot()
    {
        await using var collector = await EventCollector<EnterpriseRegistered>.StartAsync(factory.VirtualHost.ConnectionString, "test-registered");
        var centerId = await factory.CreateCenterAsync();
        var enterprise = await factory.AsCenter(centerId)
            .RegisterAsync(ApiClient.NewEnterprise(employees: 30, sector: "metal-finishing", shareWithBanks: true));

        var delivered = await collector.WaitForAsync(message => message.Enterprise.EnterpriseId == enterprise.Id, Delivery);
        await factory.Database.WaitUntilOutboxRelayedAsync();
        await collector.WaitUntilDrainedAsync();

        Assert.Single(collector.Received, context => context.Message.Enterprise.EnterpriseId == enterprise.Id);
        var message = delivered.Message;
        Assert.Equal(centerId, message.CenterId);
        Assert.Equal("MX", message.Enterprise.Country);
        Assert.Equal(enterprise.TaxId, message.Enterprise.TaxId);
        Assert.Equal("metal-finishing", message.Enterprise.Sector);
        Assert.Equal("small", message.Enterprise.SizeClass);
        Assert.True(message.Enterprise.IsSme);
        Assert.Equal(new EnterpriseConsents { PublishResults = true, ShareWithBanks = true }, message.Enterprise.Consents);
        Assert.Equal("prospect", message.Enterprise.Stage);
        Assert.Equal(1, message.Enterprise.Revision);

        var outboxRow = await OutboxRowAsync(delivered.MessageId!.Value);
        Assert.NotNull(outboxRow.SentAt);
    }

    [Fact]
    public async Task An_update_publishes_EnterpriseUpdated_with_the_next_revision()
    {
        await using var collector = await EventCollector<EnterpriseUpdated>.StartAsync(factory.VirtualHost.ConnectionString, "test-updated");
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 30));

        await client.PutAsJsonAsync($"/api/enterprises/{enterprise.Id}",
            ApiClient.NewEnterprise(taxId: enterprise.TaxId, employees: 400), ApiClient.Json);
        var delivered = await collector.WaitForAsync(message => message.Enterprise.EnterpriseId == enterprise.Id, Delivery);

        Assert.Equal(2, delivered.Message.Enterprise.Revision);
        Assert.Equal("large", delivered.Message.Enterprise.SizeClass);
        Assert.False(delivered.Message.Enterprise.IsSme);
    }

    private async Task<ServiceDefaults.Messaging.OutboxMessage> OutboxRowAsync(Guid messageId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(row => row.Id == messageId);
    }
}
