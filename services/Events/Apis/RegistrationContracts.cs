using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Apis;

/// <summary>A person registering (or walking in); <c>enterpriseId</c> is required for the company category.</summary>
public sealed record PersonRequest(string? Name, string? Email, string? Organisation, StakeholderCategory? Category, Guid? EnterpriseId);

public sealed record RegistrationResponse(
    Guid Id,
    Guid EventId,
    string Name,
    string Email,
    string? Organisation,
    StakeholderCategory Category,
    Guid? EnterpriseId,
    RegistrationSource Source,
    RegistrationStatus Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? CancelledAt,
    DateTimeOffset? CheckedInAt)
{
    public static RegistrationResponse From(Registration r) => new(
        r.Id, r.EventId, r.Name, r.Email, r.Organisation, r.Category, r.EnterpriseId, r.Source, r.Status, r.RegisteredAt, r.CancelledAt, r.CheckedInAt);
}

/// <summary>The cancelled registration and those promoted from the waitlist into the place it freed.</summary>
public sealed record CancellationResponse(RegistrationResponse Cancelled, IReadOnlyList<RegistrationResponse> Promoted);

/// <summary>
/// What anyone registering through the public site is told back: the same neutral receipt whether the email was new,
/// already registered or waitlisted, so nobody learns another person's registration id or status; the center
/// confirms a place or the waitlist to the email address itself.
/// </summary>
public sealed record PublicRegistrationReceipt(Guid EventId, string Message)
{
    public static PublicRegistrationReceipt For(Guid eventId) =>
        new(eventId, "Registration received; the center will confirm a place or the waitlist by email.");
}
