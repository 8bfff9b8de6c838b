using System.Reflection;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Health;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings__messaging</c>), the consumers found in
    /// <paramref name="consumersAssembly"/>, retries with backoff (then MassTransit's <c>_error</c> queues), and the
    /// outbox relay that publishes what <typeparamref name="TContext"/> commits, with a readiness check that reports
    /// Degraded while rows are set aside, and the deletion of published outbox rows and inbox rows past their retention.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(this IHostApplicationBuilder builder, Assembly consumersAssembly)
        where TContext : ServiceDbContext
    {
        var serviceName = builder.Environment.ApplicationName.Replace("CpPlatform.", "").ToLowerInvariant();
        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named per service (enterprises-…) so two services consuming one event each get a copy.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.AddConsumers(consumersAssembly);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var connectionString = context.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionName)
                    ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} (env ConnectionStrings__{ConnectionName}) is not set.");
                rabbit.Host(new Uri(connectionString));
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration(OutboxRelayOptions.Section);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck<TContext>>("outbox", tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddOptions<MessageRetentionOptions>().BindConfiguration(MessageRetentionOptions.Section)
            .Validate(retention => retention.InboxMessagesFor >= TimeSpan.FromDays(1),
                "MessageRetention:InboxMessagesFor must be at least a day: an inbox row has to outlive every redelivery of its message.")
            .Validate(retention => retention.SentOutboxMessagesFor >= TimeSpan.Zero && retention.Interval > TimeSpan.Zero
                    && retention.FirstPassAfter >= TimeSpan.Zero && retention.BatchSize > 0,
                "MessageRetention: SentOutboxMessagesFor and FirstPassAfter may not be negative, Interval and BatchSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<MessageRetention<TContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MessageRetention<TContext>>());
        return builder;
    }
}
