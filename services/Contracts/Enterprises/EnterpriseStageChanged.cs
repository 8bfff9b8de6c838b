namespace CpPlatform.Contracts.Enterprises;

/// <summary>An enterprise moved forward in its engagement with the program.</summary>
public sealed record EnterpriseStageChanged : IntegrationEvent
{
    public required EnterpriseSnapshot Enterprise { get; init; }
    public required string PreviousStage { get; init; }
}
