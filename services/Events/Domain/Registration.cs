using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Events.Domain;

/// <summary>A person's place (or place in the queue) at an event, and whether they came.</summary>
public sealed class Registration : ICenterOwned
{
    private Registration()
    {
    }

    public Guid Id { get; private init; }
    public Guid EventId { get; private init; }
    public string CenterId { get; private init; } = "";
    public string Name { get; private set; } = "";

    /// <summary>Normalized (<see cref="EmailAddress.Normalize"/>): one registration per person and event.</summary>
    public string Email { get; private init; } = "";
    public string? Organisation { get; private set; }
    public StakeholderCategory Category { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public RegistrationSource Source { get; private set; }
    public RegistrationStatus Status { get; private set; }

    /// <summary>When the person took their place in line: the waitlist is promoted in this order.</summary>
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public string? CheckedInBy { get; private set; }

    public bool IsCompanyAttendance => Category == StakeholderCategory.Company && EnterpriseId is not null;

    public static Registration Register(Event registeredFor, Person person, RegistrationSource source, RegistrationStatus status, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = registeredFor.Id,
        CenterId = registeredFor.CenterId,
        Name = person.Name,
        Email = EmailAddress.Normalize(person.Email),
        Organisation = person.Organisation,
        Category = person.Category,
        EnterpriseId = person.EnterpriseId,
        Source = source,
        Status = status,
        RegisteredAt = now,
    };

    /// <summary>A cancelled registration taken up again joins the line anew, with the person's current details.</summary>
    public void Renew(Person person, RegistrationSource source, RegistrationStatus status, DateTimeOffset now)
    {
        if (Status != RegistrationStatus.Cancelled)
        {
            throw new InvalidOperationException("Only a cancelled registration is renewed.");
        }
        Name = person.Name;
        Organisation = person.Organisation;
        Category = person.Category;
        EnterpriseId = person.EnterpriseId;
        Source = source;
        Status = status;
        RegisteredAt = now;
        CancelledAt = null;
    }

    /// <summary>Frees the place; returns whether a place was held (so the waitlist may move up). Cancelling twice changes nothing.</summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (CheckedInAt is not null)
        {
            throw new ConflictException("registrationId", "The person has been checked in; an attendance is not cancelled.");
        }
        if (Status == RegistrationStatus.Cancelled)
        {
            return false;
        }
        var heldPlace = Status == RegistrationStatus.Confirmed;
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
        return heldPlace;
    }

    public void Promote()
    {
        if (Status != RegistrationStatus.Waitlisted)
        {
            throw new InvalidOperationException("Only a waitlisted registration is promoted.");
        }
        Status = RegistrationStatus.Confirmed;
    }

    /// <summary>
    /// Marks the person present; returns true only the first time, so the attendance is announced once. A waitlisted
    /// person who comes anyway is admitted at the door.
    /// </summary>
    public bool CheckIn(string by, DateTimeOffset now)
    {
        if (Status == RegistrationStatus.Cancelled)
        {
            throw new ConflictException("registrationId", "The registration was cancelled; register the person as a walk-in instead.");
        }
        if (CheckedInAt is not null)
        {
            return false;
        }
        Status = RegistrationStatus.Confirmed;
        CheckedInAt = now;
        CheckedInBy = by;
        return true;
    }
}
