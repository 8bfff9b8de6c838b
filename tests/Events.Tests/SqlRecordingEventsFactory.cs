using CpPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests;

/// <summary>The events service recording the queries it runs and the rows each read.</summary>
public sealed class SqlRecordingEventsFactory : EventsFactory
{
    public SqlReads Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}
