namespace CpPlatform.Assessments.Domain;

/// <summary>The UNEP assessment method's phases, in order, then the two ends of a project.</summary>
public enum ProjectPhase
{
    PlanningOrganisation,
    PreAssessment,
    Assessment,
    EvaluationFeasibility,
    ImplementationContinuation,
    Closed,
    Cancelled,
}
