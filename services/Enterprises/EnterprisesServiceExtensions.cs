using CpPlatform.Enterprises.Caching;
using CpPlatform.Enterprises.Data;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpPlatform.Enterprises;

public static class EnterprisesServiceExtensions
{
    public const string DatabaseName = "enterprises-db";

    public static IHostApplicationBuilder AddEnterprisesServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EnterprisesDbContext>(DatabaseName);
        builder.AddMessaging<EnterprisesDbContext>(typeof(EnterprisesServiceExtensions).Assembly);
        builder.Services.AddScoped<CenterDirectory>();
        builder.Services.AddScoped<EnterpriseReadCache>();
        builder.Services.AddSingleton<IInterceptor, EnterpriseCacheInvalidator>();
        builder.Services.AddSingleton<IInterceptor, CenterCacheInvalidator>();
        builder.Services.AddCenterClock<CenterTimeZones>();
        return builder;
    }
}
