namespace CpPlatform.Contracts.Enterprises;

/// <summary>A center registered an enterprise.</summary>
public sealed record EnterpriseRegistered : IntegrationEvent
{
    public required EnterpriseSnapshot Enterprise { get; init; }
}
