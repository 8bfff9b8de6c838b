using CpPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Caching;

public static class CacheExtensions
{
    public static IHostApplicationBuilder AddCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<ICache, RedisCache>();
        builder.Services.AddSingleton<ICacheAside, RedisCacheAside>();
        builder.Services.AddOptions<CacheAsideOptions>().BindConfiguration(CacheAsideOptions.Section);
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisConnection.ConnectionName, tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    private sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var database = await connection.GetDatabaseAsync();
                var latency = await database.PingAsync();
                return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0.0} ms");
            }
            catch (Exception exception)
            {
                return HealthCheckResult.Unhealthy("Redis is unreachable.", exception);
            }
        }
    }
}
