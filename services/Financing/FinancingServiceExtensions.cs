using CpPlatform.Financing.Caching;
using CpPlatform.Financing.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Financing;

public static class FinancingServiceExtensions
{
    public const string DatabaseName = "financing-db";

    public static IHostApplicationBuilder AddFinancingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FinancingDbContext>(DatabaseName);
        builder.AddMessaging<FinancingDbContext>(typeof(FinancingServiceExtensions).Assembly);
        builder.Services.AddScoped<EligibilityCache>();
        builder.Services.AddSingleton<IInterceptor, EligibilityCacheInvalidator>();
        return builder;
    }
}
