namespace CpPlatform.Assessments.Domain;

/// <summary>proposed → accepted or rejected; accepted → implemented → verified.</summary>
public enum OptionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Implemented,
    Verified,
}
