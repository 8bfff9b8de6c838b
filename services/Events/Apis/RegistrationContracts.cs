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

/// <summary>What a person registering through the public site is told back.</summary>
public sealed record PublicRegistrationResponse(Guid Id, Guid EventId, RegistrationStatus Status, DateTimeOffset RegisteredAt)
{
    public static PublicRegistrationResponse From(Registration r) => new(r.Id, r.EventId, r.Status, r.RegisteredAt);
}
