namespace CpPlatform.Training.Apis;

/// <summary>The token scope that opens this service's API.</summary>
public static class TrainingScope
{
    public const string Name = "training";
}
