namespace CpPlatform.Events.Domain;

/// <summary>
/// The documented range of every number events accepts (both integer columns): a place count and an invitation count
/// the program could really have, far below what the columns hold.
/// </summary>
public static class EventLimits
{
    public const int MinCapacity = 1;

    public const int MaxCapacity = 100_000;

    public const int MaxInvitationsSent = 1_000_000;

    public static bool IsCapacity(int? value) => value is >= MinCapacity and <= MaxCapacity;

    public static bool IsInvitationsSent(int? value) => value is null or (>= 0 and <= MaxInvitationsSent);
}
