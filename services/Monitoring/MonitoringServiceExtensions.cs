using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Messaging;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Monitoring;

public static class MonitoringServiceExtensions
{
    public const string DatabaseName = "monitoring-db";

    public static IHostApplicationBuilder AddMonitoringServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MonitoringDbContext>(DatabaseName);
        builder.AddMessaging<MonitoringDbContext>(typeof(MonitoringServiceExtensions).Assembly);
        builder.Services.AddCenterClock<CenterTimeZoneTable<MonitoringDbContext>>();
        builder.Services.AddScoped<IProgramProgressReader, ProgramProgressReader>();
        builder.Services.AddHostedService<FirstStartReplay>();
        return builder;
    }
}
