namespace CpPlatform.Assessments.Domain;

/// <summary>The period before the project (baseline) or the verification period after it.</summary>
public enum MeasurementKind
{
    Baseline,
    After,
}
