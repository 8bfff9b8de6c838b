namespace CpPlatform.ServiceDefaults.Time;

/// <summary>
/// What time it is at a center: the service's <see cref="TimeProvider"/> seen in the center's time zone, so "today",
/// reporting days and expiry follow the center's calendar, not UTC's. Without a center (national staff) or before the
/// service has learnt the center's zone, UTC.
/// </summary>
public sealed class CenterClock(TimeProvider time, ICenterTimeZones zones)
{
    public async Task<CenterTime> AtAsync(string? centerId, CancellationToken cancellationToken)
    {
        var zone = centerId is null ? null : await zones.FindAsync(centerId, cancellationToken);
        return new CenterTime(TimeZones.FindOrUtc(zone), time.GetUtcNow());
    }
}
