using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Apis;

/// <summary>Without <c>facilityId</c> the bank's facilities are tried in order of opening; the first that passes answers.</summary>
public sealed record EligibilityRequest(string? Country, string? TaxId, decimal? Amount, LoanPurpose? Purpose, Guid? FacilityId = null);

public sealed record EvidenceDto(Guid AssessmentId, decimal Investment, decimal AnnualSavings, decimal? PaybackMonths)
{
    public static EvidenceDto From(VerifiedEvidence evidence) =>
        new(evidence.AssessmentId, evidence.Investment, evidence.AnnualSavings, Presentation.OneDecimal(evidence.PaybackMonths));
}

public sealed record EligibilityResponse(
    bool Eligible,
    Guid FacilityId,
    decimal MaxEligibleAmount,
    decimal CoverageRate,
    decimal GuaranteedAmount,
    IReadOnlyList<EligibilityRule> Rules,
    EvidenceDto? Evidence)
{
    public static EligibilityResponse From(Facility facility, EligibilityAnswer answer, VerifiedEvidence? evidence) => new(
        answer.Eligible, facility.Id, answer.MaxEligibleAmount, facility.CoverageRate, answer.GuaranteedAmount, answer.Rules,
        evidence is null ? null : EvidenceDto.From(evidence));
}
