namespace CpPlatform.Contracts.Assessments;

/// <summary>
/// A project's savings were verified. The figures cover the project's verified options (actual investment, verified
/// savings); each verification sends the latest totals, so the newest event is the evidence financing keeps.
/// </summary>
public sealed record AssessmentResultsVerified : IntegrationEvent
{
    public required Guid ProjectId { get; init; }
    public required Guid EnterpriseId { get; init; }
    public required string Country { get; init; }
    public required string TaxId { get; init; }
    public required decimal Investment { get; init; }
    public required decimal AnnualSavings { get; init; }

    /// <summary>Unrounded; null when there are no savings.</summary>
    public required decimal? PaybackMonths { get; init; }
    public required ResourceReductions Reductions { get; init; }
}
