using CpPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Caching;

public static class CacheExtensions
{
    /// <summary>The Redis connection string's name: <c>ConnectionStrings__cache</c> = <c>host:port</c>.</summary>
    public const string ConnectionName = "cache";

    /// <summary>The prefix of StackExchange.Redis's log categories.</summary>
    public const string RedisLogCategory = "StackExchange.Redis";

    /// <summary>
    /// Redis through Aspire's client integration (one <see cref="IConnectionMultiplexer"/> per process, with its
    /// tracing), the best-effort cache on it and a readiness check. The service starts and answers while Redis is
    /// down (the connection keeps retrying in the background) or hung (each command gives up after
    /// <see cref="CacheOptions.CommandTimeout"/>).
    /// </summary>
    public static IHostApplicationBuilder AddCache(this IHostApplicationBuilder builder)
    {
        var commandTimeout = builder.Configuration.GetSection(CacheOptions.Section).Get<CacheOptions>()?.CommandTimeout
            ?? new CacheOptions().CommandTimeout;
        builder.AddRedisClient(ConnectionName,
            // The readiness check below is the platform's own (named "cache", tagged ready).
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                options.AbortOnConnectFail = false;
                options.ConnectTimeout = 2000;
                options.SyncTimeout = options.AsyncTimeout = (int)commandTimeout.TotalMilliseconds;
            });
        // StackExchange.Redis logs each step of every (re)connection at Information, some forty lines a start in each
        // service's console and the dashboard; its warnings are what operators need. A default only: any configured
        // Logging:LogLevel:StackExchange.Redis wins over it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new($"Logging:LogLevel:{RedisLogCategory}", nameof(LogLevel.Warning))],
        });
        builder.Services.AddHostedService<RedisConnector>();
        builder.Services.AddSingleton<LocalCache>();
        builder.Services.AddSingleton<LocalCacheCoherence>();
        builder.Services.AddSingleton<ICacheAside, RedisCacheAside>();
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section);
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ConnectionName, tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Waits for a Redis command at most <see cref="CacheOptions.CommandTimeout"/>: StackExchange.Redis checks its
    /// own timeouts only once a second, so a hung Redis could otherwise hold a request for up to twice as long.
    /// </summary>
    public static Task<T> WithinCommandTimeout<T>(this Task<T> command, CacheOptions options) => command.WaitAsync(options.CommandTimeout);

    private sealed class RedisHealthCheck(IConnectionMultiplexer redis, IOptions<CacheOptions> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync().WithinCommandTimeout(options.Value);
                return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0.0} ms");
            }
            catch (Exception exception)
            {
                return HealthCheckResult.Unhealthy("Redis is unreachable.", exception);
            }
        }
    }

    /// <summary>
    /// Opens the connection in the background as the host starts, so neither start-up nor the first request waits
    /// for it (Aspire's client connects when the multiplexer is first resolved), and starts hearing invalidations,
    /// so the local cache is in use by the first requests.
    /// </summary>
    private sealed class RedisConnector(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = Task.Run(() => services.GetService<LocalCacheCoherence>(), CancellationToken.None);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
