namespace CpPlatform.Events.Domain;

/// <summary>What a center decides about an event when it plans or changes it.</summary>
public sealed record EventDetails(
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
    bool IsPublic);
