using CpPlatform.ServiceDefaults.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Tests.Caching;

/// <summary>
/// The cache as a service gets it (<see cref="CacheExtensions.AddCache"/>), on the Redis at <paramref name="address"/>,
/// as an instance of the service named <paramref name="service"/>.
/// </summary>
internal sealed class CacheHost(string address, string service = "cache-tests") : IAsyncDisposable
{
    private readonly IHost _host = Build(address, service);

    public ICacheAside CacheAside => _host.Services.GetRequiredService<ICacheAside>();
    public LocalCache Local => _host.Services.GetRequiredService<LocalCache>();
    public StackExchange.Redis.IConnectionMultiplexer Redis => _host.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>();

    private static IHost Build(string address, string service)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = service });
        builder.Configuration.AddInMemoryCollection([new($"ConnectionStrings:{CacheExtensions.ConnectionName}", address)]);
        builder.AddCache();
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
