namespace CpPlatform.Contracts.Monitoring;

/// <summary>
/// The monitoring service asks every producing service to send all its program activities again (its database is new,
/// or an operator asked for a rebuild). <see cref="IntegrationEvent.CenterId"/> is <see cref="AllCenters"/>.
/// Answering it changes nothing but the monitoring service's copy: replayed activities replace older ones by key.
/// </summary>
public sealed record ProgramActivityReplayRequested : IntegrationEvent
{
    public const string AllCenters = "*";

    public required Guid ReplayId { get; init; }
}
