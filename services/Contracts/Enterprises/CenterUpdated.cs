namespace CpPlatform.Contracts.Enterprises;

/// <summary>National staff changed a center's details (its time zone among them).</summary>
public sealed record CenterUpdated : IntegrationEvent
{
    public required CenterSnapshot Center { get; init; }
}
