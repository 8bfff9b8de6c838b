using CpPlatform.ServiceDefaults.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Tests.Caching;

/// <summary>StackExchange.Redis's connection chatter stays out of the logs unless an operator asks for it.</summary>
public sealed class RedisLoggingTests
{
    [Fact]
    public void Redis_logs_warnings_but_not_its_information_by_default()
    {
        using var host = Build([]);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("StackExchange.Redis.ConnectionMultiplexer");

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
        // Everything else keeps the host's default level.
        Assert.True(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CpPlatform.Anything").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void A_configured_level_for_redis_wins_over_the_default()
    {
        using var host = Build([new($"Logging:LogLevel:{CacheExtensions.RedisLogCategory}", "Debug")]);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("StackExchange.Redis.ConnectionMultiplexer");

        Assert.True(logger.IsEnabled(LogLevel.Debug));
    }

    private static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "redis-logging-tests" });
        builder.Configuration.AddInMemoryCollection([new($"ConnectionStrings:{CacheExtensions.ConnectionName}", "127.0.0.1:1"), .. settings]);
        builder.AddCache();
        return builder.Build();
    }
}
