using CpPlatform.Contracts;
using CpPlatform.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests;

/// <summary>The events service in-process, with its own database and virtual host on the real servers.</summary>
public class EventsFactory() : ServiceFactory<Program>(EventsServiceExtensions.DatabaseName)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Start-up returns only once the consumers' queues are bound, so a test's first message is never lost.
        builder.ConfigureServices(services => services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true));
    }

    /// <summary>Publishes <paramref name="message"/> into this fixture's virtual host, as another service would.</summary>
    public async Task PublishAsync<TMessage>(TMessage message, Guid? messageId = null) where TMessage : IntegrationEvent
    {
        _ = Services; // the service (and its consumers) must be listening before anything is published
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(VirtualHost.ConnectionString)));
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
}
