namespace CpPlatform.Enterprises.Domain;

/// <summary>How far an enterprise has come with the program, in order. Other services' events move it forward.</summary>
public enum EngagementStage
{
    Prospect,
    Aware,
    PreAssessed,
    InDemonstrationProject,
    Implementing,
    ResultsVerified,
    Financed,
}
