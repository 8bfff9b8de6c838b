namespace CpPlatform.Contracts.Monitoring;

/// <summary>
/// Program activities of one center changed (or are sent again on a replay). Sent in the same transaction as the change,
/// through the service's outbox, so the program's figures move within seconds of what they count.
/// </summary>
public sealed record ProgramActivitiesRecorded : IntegrationEvent
{
    public required IReadOnlyList<ProgramActivity> Activities { get; init; }
}
