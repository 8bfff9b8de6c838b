using System.Collections.Concurrent;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A service host wired exactly as services are (AddServiceDatabase + AddMessaging) around the tally database,
/// with an observer that counts finished consumptions so tests know when redeliveries have been handled.
/// </summary>
public sealed class TallyServiceHost : IAsyncDisposable, IConsumeObserver
{
    private readonly IHost _host;
    private readonly ConcurrentBag<Guid> _consumed = [];

    private TallyServiceHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;
    public IBus Bus => _host.Services.GetRequiredService<IBus>();
    public IReadOnlyCollection<Guid> Consumed => _consumed;

    /// <param name="tracing">When given, the host traces as services do (ConfigureOpenTelemetry), with these additions.</param>
    /// <param name="outbox">Changes to the relay's settings.</param>
    /// <param name="retention">Changes to how long handled messages are kept.</param>
    public static async Task<TallyServiceHost> StartAsync(
        string databaseConnectionString, string messagingConnectionString, Action<TracerProviderBuilder>? tracing = null,
        Action<OutboxRelayOptions>? outbox = null, Action<MessageRetentionOptions>? retention = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "tally" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:tally-db"] = databaseConnectionString,
            ["ConnectionStrings:messaging"] = messagingConnectionString,
            ["Outbox:PollInterval"] = "00:00:00.200",
            // A failed publish is retried within a second, so tests of retries do not wait for the production backoff.
            ["Outbox:MaxBackoff"] = "00:00:01",
        });
        if (outbox is not null)
        {
            builder.Services.Configure(outbox);
        }
        if (retention is not null)
        {
            builder.Services.Configure(retention);
        }
        if (tracing is not null)
        {
            builder.ConfigureOpenTelemetry();
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing);
        }
        builder.Services.AddSingleton<ICurrentClient, SystemClient>();
        builder.AddServiceDatabase<TallyDbContext>("tally-db");
        builder.AddMessaging<TallyDbContext>(typeof(TallyConsumer).Assembly);

        var host = builder.Build();
        var wrapper = new TallyServiceHost(host);
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(wrapper);
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return wrapper;
    }

    public async Task WaitForConsumedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_consumed.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {_consumed.Count} of {count} deliveries were consumed within {timeout}.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    Task IConsumeObserver.PreConsume<T>(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeObserver.PostConsume<T>(ConsumeContext<T> context)
    {
        _consumed.Add(context.MessageId ?? Guid.Empty);
        return Task.CompletedTask;
    }

    Task IConsumeObserver.ConsumeFault<T>(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
