using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Apis;

/// <summary>
/// Registration as staff, the public site and the door all do it. Callers hold the event's row lock
/// (<see cref="EventQueries.LockEventAsync"/>), so places are counted and given out one registration at a time.
/// </summary>
internal static class RegistrationDesk
{
    /// <summary>The person's registration, and whether this call created it (a repeat finds the first one).</summary>
    public sealed record Outcome(Registration Registration, bool Created);

    /// <summary>
    /// A company registration must name an enterprise of the event's center that this service knows from the
    /// enterprises service's events; null when it does (or the person is not a company), else the field's error.
    /// </summary>
    public static async Task<ValidationErrors?> CheckEnterpriseAsync(EventsDbContext db, Event locked, Person person, CancellationToken cancellationToken)
    {
        if (person.EnterpriseId is not { } enterpriseId
            || await db.Enterprises.AnyAsync(e => e.EnterpriseId == enterpriseId && e.CenterId == locked.CenterId, cancellationToken))
        {
            return null;
        }
        var errors = new ValidationErrors();
        errors.Add("enterpriseId", "Not an enterprise in the register of the event's center (a new registration may take a moment to arrive).");
        return errors;
    }

    /// <summary>
    /// Registers the person: a place while there is one, the waitlist after. Someone at the door
    /// (<see cref="RegistrationSource.WalkIn"/>) is admitted even to a full event: they are there, and the sheet must
    /// show it. A repeat returns the first registration; a cancelled one is renewed.
    /// </summary>
    public static async Task<Outcome> RegisterAsync(
        EventsDbContext db, Event locked, Person person, RegistrationSource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(db, locked, person.Email, cancellationToken);
        if (existing is { Status: not RegistrationStatus.Cancelled })
        {
            return new Outcome(existing, Created: false);
        }
        var status = source == RegistrationSource.WalkIn
            ? RegistrationStatus.Confirmed
            : Seating.StatusFor(await db.ConfirmedCountAsync(locked.Id, cancellationToken), locked.Capacity);
        if (existing is not null)
        {
            existing.Renew(person, source, status, now);
            return new Outcome(existing, Created: false);
        }
        var registration = Registration.Register(locked, person, source, status, now);
        db.Registrations.Add(registration);
        return new Outcome(registration, Created: true);
    }

    private static Task<Registration?> FindAsync(EventsDbContext db, Event locked, string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddress.Normalize(email);
        return db.Registrations.SingleOrDefaultAsync(r => r.EventId == locked.Id && r.Email == normalized, cancellationToken);
    }
}
