using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Data;

internal static class EventQueries
{
    /// <summary>
    /// The event's row, locked until the transaction ends: every change to an event's registrations takes turns on
    /// it, so concurrent registrations, cancellations and check-ins never give out more places than it has.
    /// The center filter still applies.
    /// </summary>
    public static Task<Event?> LockEventAsync(this EventsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Events.FromSql($"SELECT * FROM events WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public static Task<int> ConfirmedCountAsync(this EventsDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, cancellationToken);

    /// <summary>Moves waitlisted registrations up, in the order they registered, into the places now free.</summary>
    public static async Task<List<Registration>> PromoteFromWaitlistAsync(this EventsDbContext db, Event locked, CancellationToken cancellationToken)
    {
        var confirmed = await db.ConfirmedCountAsync(locked.Id, cancellationToken);
        var waiting = await db.Registrations.CountAsync(r => r.EventId == locked.Id && r.Status == RegistrationStatus.Waitlisted, cancellationToken);
        var places = Seating.PlacesToPromote(confirmed, locked.Capacity, waiting);
        if (places == 0)
        {
            return [];
        }
        var promoted = await db.Registrations
            .Where(r => r.EventId == locked.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .Take(places)
            .ToListAsync(cancellationToken);
        promoted.ForEach(registration => registration.Promote());
        return promoted;
    }

    public static async Task<Dictionary<Guid, EventCounts>> CountsAsync(this EventsDbContext db, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        await db.Registrations.Where(r => eventIds.Contains(r.EventId))
            .GroupBy(r => r.EventId)
            .Select(g => new EventCounts(
                g.Key,
                g.Count(r => r.Status == RegistrationStatus.Confirmed),
                g.Count(r => r.Status == RegistrationStatus.Waitlisted),
                g.Count(r => r.CheckedInAt != null)))
            .ToDictionaryAsync(counts => counts.EventId, cancellationToken);

    /// <summary>
    /// Events keeps no list of centers: a center is known once events has heard of it, through an event it planned,
    /// an enterprise or certified consultant announced for it, or its advisory board.
    /// </summary>
    public static async Task<bool> KnowsCenterAsync(this EventsDbContext db, string centerId, CancellationToken cancellationToken) =>
        await db.Events.IgnoreQueryFilters().AnyAsync(e => e.CenterId == centerId, cancellationToken)
        || await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.CenterId == centerId, cancellationToken)
        || await db.Roster.IgnoreQueryFilters().AnyAsync(c => c.CenterId == centerId, cancellationToken)
        || await db.BoardMembers.IgnoreQueryFilters().AnyAsync(m => m.CenterId == centerId, cancellationToken);
}

public sealed record EventCounts(Guid EventId, int Confirmed, int Waitlisted, int CheckedIn)
{
    public static EventCounts None(Guid eventId) => new(eventId, 0, 0, 0);
}
