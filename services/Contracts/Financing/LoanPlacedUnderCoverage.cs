namespace CpPlatform.Contracts.Financing;

/// <summary>A partner bank placed a loan under a guarantee facility; the borrower's center is <see cref="IntegrationEvent.CenterId"/>.</summary>
public sealed record LoanPlacedUnderCoverage : IntegrationEvent
{
    public required Guid EnterpriseId { get; init; }
    public required string Country { get; init; }
    public required string TaxId { get; init; }
    public required string BankId { get; init; }
    public required Guid FacilityId { get; init; }
    public required Guid LoanId { get; init; }
    public required decimal Principal { get; init; }
    public required decimal GuaranteedAmount { get; init; }
}
