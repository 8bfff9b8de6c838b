using CpPlatform.Assessments.Caching;
using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpPlatform.Assessments;

public static class AssessmentsServiceExtensions
{
    public const string DatabaseName = "assessments-db";

    public static IHostApplicationBuilder AddAssessmentsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssessmentsDbContext>(DatabaseName);
        builder.AddMessaging<AssessmentsDbContext>(typeof(AssessmentsServiceExtensions).Assembly);
        builder.Services.AddSingleton<IInterceptor, PortfolioCacheInvalidator>();
        builder.Services.AddCenterClock<CenterTimeZoneTable<AssessmentsDbContext>>();
        builder.Services.AddOptions<CostShareRule>().BindConfiguration(CostShareRule.Section);
        return builder;
    }
}
