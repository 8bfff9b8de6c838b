namespace CpPlatform.ServiceDefaults.Time;

/// <summary>
/// Centers name their time zone by its IANA id (<c>America/Mexico_City</c>), read from the machine's tz database
/// (/usr/share/zoneinfo on Linux, Debian's <c>tzdata</c>); Windows names are refused so every service reads the same id.
/// </summary>
public static class TimeZones
{
    public const int MaxIdLength = 64;

    public static bool IsIanaId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>The zone <paramref name="id"/> names, or UTC when it names none (a center whose zone is not known yet).</summary>
    public static TimeZoneInfo FindOrUtc(string? id) =>
        IsIanaId(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id!, out var zone) ? zone : TimeZoneInfo.Utc;
}
