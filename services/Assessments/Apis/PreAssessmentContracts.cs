using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Apis;

/// <summary>SME status and the publish consent come from the enterprise register, not from the request.</summary>
public sealed record PreAssessmentRequest(
    Guid? EnterpriseId, DateOnly? Date, string? Specialist, string? Findings, bool? LocallySignificantImpact, bool? ManagementCommitment);

public sealed record CriteriaDto(bool Sme, bool LocallySignificantImpact, bool PublishResultsConsent, bool ManagementCommitment)
{
    public static CriteriaDto From(SelectionCriteria criteria) =>
        new(criteria.IsSme, criteria.LocallySignificantImpact, criteria.PublishResultsConsent, criteria.ManagementCommitment);
}

public sealed record PreAssessmentResponse(
    Guid Id,
    string CenterId,
    Guid EnterpriseId,
    DateOnly Date,
    string Specialist,
    string Findings,
    CriteriaDto Criteria,
    string Decision,
    IReadOnlyList<string> FailedCriteria,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static PreAssessmentResponse From(PreAssessment preAssessment) => new(
        preAssessment.Id, preAssessment.CenterId, preAssessment.EnterpriseId, preAssessment.Date, preAssessment.Specialist,
        preAssessment.Findings, CriteriaDto.From(preAssessment.Criteria), preAssessment.Qualifies ? "qualifies" : "does-not-qualify",
        preAssessment.Criteria.Failed(), preAssessment.RecordedBy, preAssessment.RecordedAt);
}
