namespace CpPlatform.Training.Domain;

/// <summary>An accreditation exam a consultant sat, recorded by national staff.</summary>
public sealed class AccreditationExam
{
    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    public string Name { get; init; } = "";
    public DateOnly TakenOn { get; init; }
    public bool Passed { get; init; }

    /// <summary>The mark, when the exam has one (0 to 100); whether it passed is the examiners' decision.</summary>
    public int? Score { get; init; }
    public string RecordedBy { get; init; } = "";
    public DateTimeOffset RecordedAt { get; init; }
}
