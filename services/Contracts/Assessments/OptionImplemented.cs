namespace CpPlatform.Contracts.Assessments;

/// <summary>A recommended CP option was put in place at the plant.</summary>
public sealed record OptionImplemented : IntegrationEvent
{
    public required Guid ProjectId { get; init; }
    public required Guid OptionId { get; init; }
    public required Guid EnterpriseId { get; init; }

    /// <summary>An option category id such as <c>good-housekeeping</c>.</summary>
    public required string Category { get; init; }
    public required DateOnly ImplementedOn { get; init; }
    public required decimal Investment { get; init; }
}
