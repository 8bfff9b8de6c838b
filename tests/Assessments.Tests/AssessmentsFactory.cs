using CpPlatform.Contracts;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Assessments.Tests;

/// <summary>The assessments service in-process, with its own database and virtual host on the real servers.</summary>
public class AssessmentsFactory() : ServiceFactory<Program>(AssessmentsServiceExtensions.DatabaseName)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Start-up returns only once the consumers' queues are bound, so a test's first message is never lost.
        builder.ConfigureServices(services => services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true));
    }

    /// <summary>Publishes <paramref name="message"/> into this fixture's virtual host, as the enterprises service would.</summary>
    public async Task PublishAsync<TMessage>(TMessage message, Guid messageId) where TMessage : IntegrationEvent
    {
        _ = Services; // the service (and its consumers) must be listening before anything is published
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(VirtualHost.ConnectionString)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        try
        {
            await bus.Publish(message, context => context.MessageId = messageId, timeout.Token);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    public static EnterpriseSnapshot Snapshot(
        Guid enterpriseId, long revision = 1, string sector = "leather-tanning", string sizeClass = "small", bool isSme = true,
        bool publishResults = true, string legalName = "Curtidos del Norte") => new()
    {
        EnterpriseId = enterpriseId,
        Revision = revision,
        LegalName = legalName,
        Country = "MX",
        TaxId = $"CDN{enterpriseId.ToString("N")[..9].ToUpperInvariant()}",
        State = "Chihuahua",
        Sector = sector,
        SizeClass = sizeClass,
        IsSme = isSme,
        Consents = new EnterpriseConsents { PublishResults = publishResults, ShareWithBanks = true },
        Stage = "prospect",
    };
}
