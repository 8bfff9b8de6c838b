namespace CpPlatform.Assessments.Domain;

/// <summary>A consultant's performance on a project, 0 to 100.</summary>
public sealed record ConsultantScore(string Email, string Name, int Score, string ScoredBy, DateTimeOffset ScoredAt)
{
    public const int Max = 100;
}
