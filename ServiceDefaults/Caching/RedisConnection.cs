using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>One lazily opened, self-reconnecting Redis connection per process (<c>ConnectionStrings__cache</c>).</summary>
public sealed class RedisConnection(IConfiguration configuration, ILogger<RedisConnection> logger) : IDisposable
{
    public const string ConnectionName = "cache";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public async Task<IDatabase> GetDatabaseAsync()
    {
        if (_multiplexer is null)
        {
            await _gate.WaitAsync();
            try
            {
                _multiplexer ??= await ConnectAsync();
            }
            finally
            {
                _gate.Release();
            }
        }
        return _multiplexer.GetDatabase();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var connectionString = configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} (env ConnectionStrings__{ConnectionName}) is not set.");
        var options = ConfigurationOptions.Parse(connectionString);
        // Keep retrying in the background instead of failing: the service must answer while Redis is away.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 1000;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
        logger.LogInformation("Redis connection to {Endpoint} opened (connected: {Connected})", connectionString, multiplexer.IsConnected);
        return multiplexer;
    }

    public void Dispose()
    {
        _multiplexer?.Dispose();
        _gate.Dispose();
    }
}
