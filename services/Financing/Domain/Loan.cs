namespace CpPlatform.Financing.Domain;

/// <summary>A bank's loan to an SME, placed under a facility's coverage.</summary>
public sealed class Loan : IBankOwned
{
    private Loan()
    {
    }

    public Guid Id { get; private init; }
    public Guid FacilityId { get; private init; }
    public string BankId { get; private init; } = "";
    public Guid EnterpriseId { get; private init; }
    public string CenterId { get; private init; } = "";
    public string Country { get; private init; } = "";
    public string TaxId { get; private init; } = "";
    public decimal Principal { get; private init; }
    public decimal GuaranteedAmount { get; private init; }
    public DateOnly DisbursedOn { get; private init; }
    public DateOnly MaturityOn { get; private init; }
    public LoanPurpose Purpose { get; private init; }

    /// <summary>The bank's own reference, unique per bank: repeating it returns this loan.</summary>
    public string BankLoanRef { get; private init; } = "";

    /// <summary>The request's <c>Idempotency-Key</c>, unique per bank when given.</summary>
    public string? IdempotencyKey { get; private init; }
    public LoanStatus Status { get; private set; }
    public decimal OutstandingPrincipal { get; private set; }
    public DateOnly? ReportedAsOf { get; private set; }
    public string PlacedBy { get; private init; } = "";
    public DateTimeOffset PlacedAt { get; private init; }

    /// <summary>Places the loan and takes its principal from the facility's capacity; the caller has checked eligibility.</summary>
    public static Loan Place(Facility facility, BorrowerSnapshot borrower, LoanPlacement placement, string by, DateTimeOffset now)
    {
        facility.Place(placement.Principal);
        return new Loan
        {
            Id = Guid.CreateVersion7(),
            FacilityId = facility.Id,
            BankId = facility.BankId,
            EnterpriseId = borrower.EnterpriseId,
            CenterId = borrower.CenterId,
            Country = borrower.Country,
            TaxId = borrower.TaxId,
            Principal = placement.Principal,
            GuaranteedAmount = facility.GuaranteedAmount(placement.Principal),
            DisbursedOn = placement.DisbursedOn,
            MaturityOn = placement.MaturityOn,
            Purpose = placement.Purpose,
            BankLoanRef = placement.BankLoanRef,
            IdempotencyKey = placement.IdempotencyKey,
            Status = LoanStatus.Current,
            OutstandingPrincipal = placement.Principal,
            PlacedBy = by,
            PlacedAt = now,
        };
    }

    /// <summary>Whether a repeated placement asks for this very loan (the retry of its request), compared as stored.</summary>
    public bool IsSameRequest(Guid facilityId, string country, string taxId, LoanPlacement placement) =>
        FacilityId == facilityId
        && string.Equals(Country, country.Trim(), StringComparison.OrdinalIgnoreCase)
        && TaxId == Domain.TaxId.Normalize(taxId)
        && Principal == placement.Principal
        && DisbursedOn == placement.DisbursedOn
        && MaturityOn == placement.MaturityOn
        && Purpose == placement.Purpose
        && BankLoanRef == placement.BankLoanRef;

    /// <summary>
    /// Records a report; only one as of the latest date (or later) changes the loan's current status, so a late
    /// report never rolls it back. Returns whether this report made the loan defaulted.
    /// </summary>
    public bool Report(DateOnly asOf, decimal outstandingPrincipal, LoanStatus status)
    {
        if (ReportedAsOf is { } latest && asOf < latest)
        {
            return false;
        }
        var newlyDefaulted = status == LoanStatus.Defaulted && Status != LoanStatus.Defaulted;
        ReportedAsOf = asOf;
        OutstandingPrincipal = outstandingPrincipal;
        Status = status;
        return newlyDefaulted;
    }
}
