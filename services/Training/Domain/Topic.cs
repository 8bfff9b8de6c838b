namespace CpPlatform.Training.Domain;

/// <summary>The subjects a course module teaches (DOMAIN.md, training).</summary>
public enum Topic
{
    BestPractices,
    ProcessEnergyEfficiency,
    MaterialsSubstitution,
    WaterConservation,
    SiteRemediationReuseRecycling,
    NewTechnologies,
    Ecodesign,
    ProjectEvaluationCostAnalysis,
    CpIso14001,
}
