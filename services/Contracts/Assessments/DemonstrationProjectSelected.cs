namespace CpPlatform.Contracts.Assessments;

/// <summary>An enterprise was selected for a demonstration (CP implementation) project.</summary>
public sealed record DemonstrationProjectSelected : IntegrationEvent
{
    public required Guid ProjectId { get; init; }
    public required Guid EnterpriseId { get; init; }
}
