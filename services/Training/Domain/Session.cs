namespace CpPlatform.Training.Domain;

/// <summary>One teaching day of an offering, for one module of its course; attendance is taken per session.</summary>
public sealed class Session
{
    public Guid Id { get; init; }
    public Guid OfferingId { get; init; }
    public int ModuleNumber { get; init; }
    public DateOnly Date { get; init; }

    /// <summary>Attendance is a fact: nobody attends a session before its day has come at the center.</summary>
    public bool HasBegunBy(DateOnly today) => Date <= today;
}
