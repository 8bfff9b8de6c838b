using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Messaging;

/// <summary>
/// Keeps a center's time zone from the enterprises service's center events. Check-ins and questions are dated by the
/// center's calendar, so when it changes they are sent to program monitoring again with their new days.
/// </summary>
internal static class CenterCalendars
{
    public static async Task ApplyAsync(
        EventsDbContext db, TimeProvider time, string centerId, string timeZone, long revision, CancellationToken cancellationToken)
    {
        var zones = db.Set<CenterTimeZone>();
        var before = TimeZones.FindOrUtc(await zones.AsNoTracking().Where(zone => zone.CenterId == centerId).Select(zone => zone.TimeZone)
            .SingleOrDefaultAsync(cancellationToken));
        await db.ApplyCenterTimeZoneAsync(centerId, timeZone, revision, cancellationToken);
        var after = TimeZones.FindOrUtc(zones.Local.Single(zone => zone.CenterId == centerId).TimeZone);
        if (after.Id == before.Id)
        {
            return;
        }
        var at = new CenterTime(after, time.GetUtcNow());
        var dated = await CalendarActivities.ReadAsync(db, centerId, _ => Task.FromResult(at), cancellationToken);
        db.AddActivities(centerId, dated.Select(entry => entry.Activity));
    }
}
