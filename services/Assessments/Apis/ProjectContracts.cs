using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Apis;

public sealed record ConsultantDto(string? Name, string? Email);

/// <summary>
/// Selects a plant. Locally significant impact and management commitment come from the request, else from the
/// pre-assessment; SME status and the publish consent always come from the enterprise register.
/// </summary>
public sealed record CreateProjectRequest(
    Guid? EnterpriseId, IReadOnlyList<ConsultantDto>? Consultants, Guid? PreAssessmentId = null, bool? LocallySignificantImpact = null,
    bool? ManagementCommitment = null);

public sealed record PhaseRequest(ProjectPhase? To);

public sealed record CancelRequest(string? Reason = null);

public sealed record ScoreRequest(string? ConsultantEmail, int? Score);

public sealed record OutputDto(decimal? Quantity, string? Unit);

public sealed record MeasurementRequest(
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? EnergyKwh,
    decimal? WaterM3,
    decimal? MaterialsT,
    decimal? WasteT,
    decimal? HazardousWasteT,
    decimal? WastewaterM3,
    decimal? EmissionsTco2e,
    OutputDto? Output);

public sealed record MeasurementResponse(
    DateOnly PeriodStart, DateOnly PeriodEnd, decimal EnergyKwh, decimal WaterM3, decimal MaterialsT, decimal WasteT,
    decimal HazardousWasteT, decimal WastewaterM3, decimal EmissionsTco2e, OutputDto Output)
{
    public static MeasurementResponse? From(Measurement? m) => m is null
        ? null
        : new(m.PeriodStart, m.PeriodEnd, m.EnergyKwh, m.WaterM3, m.MaterialsT, m.WasteT, m.HazardousWasteT, m.WastewaterM3, m.EmissionsTco2e,
            new OutputDto(m.OutputQuantity, m.OutputUnit));
}

public sealed record ProjectResponse(
    Guid Id,
    string CenterId,
    Guid EnterpriseId,
    string LegalName,
    string Sector,
    string Country,
    Guid? PreAssessmentId,
    ProjectPhase Phase,
    IReadOnlyList<PhaseChange> PhaseHistory,
    CriteriaDto Criteria,
    CostShare CostShare,
    IReadOnlyList<Consultant> Consultants,
    IReadOnlyList<ConsultantScore> Scores,
    IReadOnlyList<OptionResponse> Options,
    MeasurementResponse? Baseline,
    MeasurementResponse? After,
    EconomicsDto Economics,
    string SelectedBy,
    DateTimeOffset SelectedAt,
    DateTimeOffset? VerifiedAt)
{
    public static ProjectResponse From(DemonstrationProject project, EnterpriseSnapshot enterprise) => new(
        project.Id, project.CenterId, project.EnterpriseId, enterprise.LegalName, enterprise.Sector, enterprise.Country, project.PreAssessmentId,
        project.Phase, project.PhaseHistory, CriteriaDto.From(project.Criteria), project.CostShare, project.Consultants, project.Scores,
        project.Options.OrderBy(option => option.Id).Select(OptionResponse.From).ToList(),
        MeasurementResponse.From(project.Baseline), MeasurementResponse.From(project.After), EconomicsDto.From(project.Economics),
        project.SelectedBy, project.SelectedAt, project.VerifiedAt);
}

public sealed record ProjectSummary(
    Guid Id, string CenterId, Guid EnterpriseId, string LegalName, string Sector, ProjectPhase Phase, DateTimeOffset SelectedAt, DateTimeOffset? VerifiedAt);
