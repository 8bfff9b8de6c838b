namespace CpPlatform.Training.Domain;

/// <summary>A person was present at a session; one row per enrollment and session, so taking it twice changes nothing.</summary>
public sealed class Attendance
{
    public Guid EnrollmentId { get; init; }
    public Guid SessionId { get; init; }
    public string RecordedBy { get; init; } = "";
    public DateTimeOffset RecordedAt { get; init; }
}
