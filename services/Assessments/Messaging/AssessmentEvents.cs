using CpPlatform.Assessments.Domain;
using CpPlatform.Contracts.Assessments;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Assessments.Messaging;

/// <summary>Maps what happened in an assessment to the integration events other services consume.</summary>
internal static class AssessmentEvents
{
    public static PreAssessmentCompleted PreAssessmentCompleted(PreAssessment preAssessment) => new()
    {
        CenterId = preAssessment.CenterId,
        OccurredAt = preAssessment.RecordedAt,
        PreAssessmentId = preAssessment.Id,
        EnterpriseId = preAssessment.EnterpriseId,
        Date = preAssessment.Date,
        Qualifies = preAssessment.Qualifies,
        FailedCriteria = preAssessment.Criteria.Failed(),
    };

    public static DemonstrationProjectSelected ProjectSelected(DemonstrationProject project) => new()
    {
        CenterId = project.CenterId,
        OccurredAt = project.SelectedAt,
        ProjectId = project.Id,
        EnterpriseId = project.EnterpriseId,
    };

    public static OptionImplemented OptionImplemented(DemonstrationProject project, ProjectOption option) => new()
    {
        CenterId = project.CenterId,
        OccurredAt = option.UpdatedAt,
        ProjectId = project.Id,
        OptionId = option.Id,
        EnterpriseId = project.EnterpriseId,
        Category = KebabCase.Name(option.Category),
        ImplementedOn = option.ImplementedOn!.Value,
        Investment = option.ImplementedInvestment!.Value,
    };

    public static AssessmentResultsVerified ResultsVerified(DemonstrationProject project, EnterpriseSnapshot enterprise)
    {
        var (figures, reductions) = project.VerifiedResults();
        return new AssessmentResultsVerified
        {
            CenterId = project.CenterId,
            OccurredAt = project.UpdatedAt,
            ProjectId = project.Id,
            EnterpriseId = project.EnterpriseId,
            Country = enterprise.Country,
            TaxId = enterprise.TaxId,
            Investment = figures.Investment,
            AnnualSavings = figures.AnnualSavings,
            PaybackMonths = figures.PaybackMonths,
            Reductions = new ResourceReductions
            {
                EnergyKwh = reductions.EnergyKwh,
                WaterM3 = reductions.WaterM3,
                MaterialsT = reductions.MaterialsT,
                WasteT = reductions.WasteT,
                HazardousWasteT = reductions.HazardousWasteT,
                EmissionsTco2e = reductions.EmissionsTco2e,
            },
        };
    }

    public static ConsultantScored ConsultantScored(DemonstrationProject project, ConsultantScore score) => new()
    {
        CenterId = project.CenterId,
        OccurredAt = score.ScoredAt,
        ConsultantEmail = score.Email,
        ConsultantName = score.Name,
        ProjectId = project.Id,
        Score = score.Score,
    };
}
