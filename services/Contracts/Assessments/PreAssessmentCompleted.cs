namespace CpPlatform.Contracts.Assessments;

/// <summary>A center walked through a plant and decided whether it qualifies for a demonstration project.</summary>
public sealed record PreAssessmentCompleted : IntegrationEvent
{
    public required Guid PreAssessmentId { get; init; }
    public required Guid EnterpriseId { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>True when all four selection criteria hold.</summary>
    public required bool Qualifies { get; init; }

    /// <summary>Criterion ids such as <c>management-commitment</c>; empty when the plant qualifies.</summary>
    public required IReadOnlyList<string> FailedCriteria { get; init; }
}
