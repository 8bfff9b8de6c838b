using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Data;

/// <summary>A checked-in registration with what program monitoring needs of it and its event, and nothing more.</summary>
internal sealed record CheckIn(
    Guid RegistrationId, string CenterId, Guid EventId, EventKind Kind, DateTimeOffset StartsAt, string Email, StakeholderCategory Category, Guid? EnterpriseId);

internal static class CheckInQueries
{
    /// <summary>
    /// Every check-in as the indicators count them, of one center or (<paramref name="centerId"/> null) all, by center
    /// (the context's center filter still applies).
    /// </summary>
    public static IQueryable<CheckIn> CheckIns(this EventsDbContext db, string? centerId) =>
        from e in db.Events.AsNoTracking()
        join r in db.Registrations on e.Id equals r.EventId
        where r.CheckedInAt != null && (centerId == null || e.CenterId == centerId)
        orderby e.CenterId, r.Id
        select new CheckIn(r.Id, e.CenterId, e.Id, e.Kind, e.StartsAt, r.Email, r.Category, r.EnterpriseId);
}
