using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events;

public static class EventsServiceExtensions
{
    public const string DatabaseName = "events-db";

    public static IHostApplicationBuilder AddEventsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>(DatabaseName);
        builder.AddMessaging<EventsDbContext>(typeof(EventsServiceExtensions).Assembly);
        builder.Services.AddCenterClock<CenterTimeZoneTable<EventsDbContext>>();
        return builder;
    }
}
