namespace CpPlatform.Financing.Domain;

/// <summary>The latest verified results of an enterprise's demonstration project, shown to banks as evidence.</summary>
public sealed class VerifiedEvidence
{
    public Guid EnterpriseId { get; init; }
    public Guid AssessmentId { get; set; }
    public decimal Investment { get; set; }
    public decimal AnnualSavings { get; set; }
    public decimal? PaybackMonths { get; set; }
    public DateTimeOffset VerifiedAt { get; set; }
}
