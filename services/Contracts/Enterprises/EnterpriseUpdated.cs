namespace CpPlatform.Contracts.Enterprises;

/// <summary>An enterprise's data, size class or consents changed.</summary>
public sealed record EnterpriseUpdated : IntegrationEvent
{
    public required EnterpriseSnapshot Enterprise { get; init; }
}
