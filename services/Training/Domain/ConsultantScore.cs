namespace CpPlatform.Training.Domain;

/// <summary>
/// The best performance score a consultant (by email) received on a demonstration project, as the assessments
/// service reported it. Certification reads it; its row is locked while a certificate is issued.
/// </summary>
public sealed class ConsultantScore
{
    public string Email { get; init; } = "";
    public string Name { get; private set; } = "";
    public int BestScore { get; private set; } = -1;
    public Guid BestProjectId { get; private set; }
    public string CenterId { get; private set; } = "";
    public DateTimeOffset ScoredAt { get; private set; }

    /// <summary>Keeps the higher score; an equal or lower one (or the same report again) changes nothing.</summary>
    public bool Consider(int score, Guid projectId, string name, string centerId, DateTimeOffset scoredAt)
    {
        if (score <= BestScore)
        {
            return false;
        }
        BestScore = score;
        BestProjectId = projectId;
        Name = name;
        CenterId = centerId;
        ScoredAt = scoredAt;
        return true;
    }
}
