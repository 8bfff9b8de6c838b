using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Caching;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpPlatform.Training;

public static class TrainingServiceExtensions
{
    public const string DatabaseName = "training-db";

    public static IHostApplicationBuilder AddTrainingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<TrainingDbContext>(DatabaseName);
        builder.AddMessaging<TrainingDbContext>(typeof(TrainingServiceExtensions).Assembly);
        builder.Services.AddScoped<CertificateCache>();
        builder.Services.AddSingleton<IInterceptor, CertificateCacheInvalidator>();
        builder.Services.AddCenterClock<CenterTimeZoneTable<TrainingDbContext>>();
        builder.Services.AddOptions<CompletionRule>().BindConfiguration(CompletionRule.Section);
        builder.Services.AddOptions<CertificationRule>().BindConfiguration(CertificationRule.Section);
        return builder;
    }
}
