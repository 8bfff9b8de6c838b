namespace CpPlatform.Contracts.Enterprises;

/// <summary>National staff registered a center (also announced for every center that existed before centers had a time zone).</summary>
public sealed record CenterRegistered : IntegrationEvent
{
    public required CenterSnapshot Center { get; init; }
}
