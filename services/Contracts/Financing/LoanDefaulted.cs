namespace CpPlatform.Contracts.Financing;

/// <summary>A bank reported a loan under coverage as defaulted.</summary>
public sealed record LoanDefaulted : IntegrationEvent
{
    public required Guid EnterpriseId { get; init; }
    public required string BankId { get; init; }
    public required Guid FacilityId { get; init; }
    public required Guid LoanId { get; init; }
    public required DateOnly AsOf { get; init; }
    public required decimal OutstandingPrincipal { get; init; }
}
