namespace CpPlatform.Assessments.Domain;

/// <summary>Why the feasibility study turned an option down.</summary>
public enum RejectionReason
{
    Technical,
    Economic,
    Environmental,
}
