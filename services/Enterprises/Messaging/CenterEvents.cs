using CpPlatform.Contracts.Enterprises;
using CpPlatform.Enterprises.Domain;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>Maps a center's changes to the integration events other services keep its time zone from.</summary>
internal static class CenterEvents
{
    public static CenterRegistered Registered(Center center, DateTimeOffset now) => new()
    {
        CenterId = center.Id,
        OccurredAt = now,
        Center = Snapshot(center),
    };

    public static CenterUpdated Updated(Center center, DateTimeOffset now) => new()
    {
        CenterId = center.Id,
        OccurredAt = now,
        Center = Snapshot(center),
    };

    private static CenterSnapshot Snapshot(Center center) => new()
    {
        Revision = center.Revision,
        Name = center.Name,
        Country = center.Country,
        TimeZone = center.TimeZone,
    };
}
