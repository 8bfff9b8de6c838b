namespace CpPlatform.Assessments.Apis;

/// <summary>The token scope that opens this service's API.</summary>
public static class AssessmentsScope
{
    public const string Name = "assessments";
}
