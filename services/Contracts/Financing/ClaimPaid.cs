namespace CpPlatform.Contracts.Financing;

/// <summary>The guarantor's share of a defaulted loan's net loss was claimed.</summary>
public sealed record ClaimPaid : IntegrationEvent
{
    public required Guid EnterpriseId { get; init; }
    public required string BankId { get; init; }
    public required Guid FacilityId { get; init; }
    public required Guid LoanId { get; init; }
    public required Guid ClaimId { get; init; }
    public required decimal ClaimAmount { get; init; }
}
