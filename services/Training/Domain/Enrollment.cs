using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Training.Domain;

/// <summary>A person's place in an offering: a seat or a waitlist position, the fee, and completion.</summary>
public sealed class Enrollment : ICenterOwned
{
    private Enrollment()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public Guid OfferingId { get; private init; }
    public string Name { get; private init; } = "";

    /// <summary>Lower-case: the same person is recognised by it in every offering and in certification.</summary>
    public string Email { get; private init; } = "";
    public string? Organisation { get; private init; }
    public ParticipantCategory Category { get; private init; }
    public EnrollmentStatus Status { get; private set; }
    public FeeStatus FeeStatus { get; private set; }
    public DateTimeOffset RequestedAt { get; private init; }
    public DateTimeOffset? SeatedAt { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }

    public bool HoldsSeat => Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Completed;

    /// <summary>Seated when <paramref name="seatFree"/>, otherwise waitlisted; a free course owes nothing.</summary>
    public static Enrollment Request(Offering offering, Person person, decimal fee, bool seatFree, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CenterId = offering.CenterId,
        OfferingId = offering.Id,
        Name = person.Name,
        Email = Person.NormalizeEmail(person.Email),
        Organisation = person.Organisation,
        Category = person.Category,
        Status = seatFree ? EnrollmentStatus.Enrolled : EnrollmentStatus.Waitlisted,
        FeeStatus = fee > 0 ? FeeStatus.Due : FeeStatus.Waived,
        RequestedAt = now,
        SeatedAt = seatFree ? now : null,
    };

    /// <summary>A freed seat goes to this waitlisted enrollment.</summary>
    public void Promote(DateTimeOffset now)
    {
        if (Status != EnrollmentStatus.Waitlisted)
        {
            throw new InvalidOperationException($"Only a waitlisted enrollment is promoted; this one is {Status}.");
        }
        Status = EnrollmentStatus.Enrolled;
        SeatedAt = now;
    }

    /// <summary>Cancels; returns whether a seat was freed (then the caller promotes the waitlist).</summary>
    public bool Cancel(string? reason, DateTimeOffset now)
    {
        if (Status is EnrollmentStatus.Completed or EnrollmentStatus.Cancelled)
        {
            throw new ConflictException("status", $"A {Status.ToString().ToLowerInvariant()} enrollment cannot be cancelled.");
        }
        var freedSeat = Status == EnrollmentStatus.Enrolled;
        Status = EnrollmentStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason;
        return freedSeat;
    }

    public void SetFee(FeeStatus status)
    {
        if (Status is EnrollmentStatus.Completed or EnrollmentStatus.Cancelled)
        {
            throw new ConflictException("status", $"The fee of a {Status.ToString().ToLowerInvariant()} enrollment no longer changes.");
        }
        FeeStatus = status;
    }

    /// <summary>Marks the enrollment completed when the rule holds; returns whether it just became completed.</summary>
    public bool CompleteIf(CompletionCheck check, DateOnly today)
    {
        if (Status != EnrollmentStatus.Enrolled || !check.IsComplete)
        {
            return false;
        }
        Status = EnrollmentStatus.Completed;
        CompletedOn = today;
        return true;
    }
}
