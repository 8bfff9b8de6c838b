namespace CpPlatform.Contracts;

/// <summary>
/// What every integration event carries. Contracts only ever gain fields; names never change.
/// Vocabulary values (sectors, size classes, stages) travel as their kebab-case ids so a consumer built before a new
/// value existed still reads the message.
/// </summary>
public abstract record IntegrationEvent
{
    public required string CenterId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
