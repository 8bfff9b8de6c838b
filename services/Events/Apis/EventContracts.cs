using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Apis;

public sealed record EventRequest(
    string? Title,
    EventKind? Kind,
    List<string>? Sectors,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? Venue,
    string? OnlineLink,
    int? Capacity,
    List<string>? CoHosts,
    int? InvitationsSent,
    bool? IsPublic);

public sealed record EventResponse(
    Guid Id,
    string CenterId,
    string Title,
    EventKind Kind,
    IReadOnlyList<string> Sectors,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Venue,
    string? OnlineLink,
    int Capacity,
    IReadOnlyList<string> CoHosts,
    int InvitationsSent,
    bool IsPublic,
    int Confirmed,
    int Waitlisted,
    int CheckedIn,
    int PlacesLeft,
    DateTimeOffset PlannedAt,
    DateTimeOffset UpdatedAt)
{
    public static EventResponse From(Event e, EventCounts counts) => new(
        e.Id, e.CenterId, e.Title, e.Kind, e.Sectors, e.StartsAt, e.EndsAt, e.Venue, e.OnlineLink, e.Capacity, e.CoHosts, e.InvitationsSent,
        e.IsPublic, counts.Confirmed, counts.Waitlisted, counts.CheckedIn, Math.Max(0, e.Capacity - counts.Confirmed), e.PlannedAt, e.UpdatedAt);
}

/// <summary>What the public sees of an open event: no invitation or registration details.</summary>
public sealed record PublicEventResponse(
    Guid Id,
    string CenterId,
    string Title,
    EventKind Kind,
    IReadOnlyList<string> Sectors,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Venue,
    string? OnlineLink,
    IReadOnlyList<string> CoHosts,
    int Capacity,
    int PlacesLeft)
{
    public static PublicEventResponse From(Event e, EventCounts counts) => new(
        e.Id, e.CenterId, e.Title, e.Kind, e.Sectors, e.StartsAt, e.EndsAt, e.Venue, e.OnlineLink, e.CoHosts, e.Capacity,
        Math.Max(0, e.Capacity - counts.Confirmed));
}
