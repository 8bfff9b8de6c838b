using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CpPlatform.ServiceDefaults.Time;

public static class CenterClockExtensions
{
    /// <summary>A <see cref="CenterClock"/> per request, reading centers' zones from <typeparamref name="TZones"/>.</summary>
    public static IServiceCollection AddCenterClock<TZones>(this IServiceCollection services) where TZones : class, ICenterTimeZones
    {
        services.AddScoped<ICenterTimeZones, TZones>();
        services.AddScoped<CenterClock>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, CenterTimeZoneCacheInvalidator>());
        return services;
    }
}
