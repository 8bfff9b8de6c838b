namespace CpPlatform.Contracts.Training;

/// <summary>A person completed a course offering: attended enough of every module's sessions and paid.</summary>
public sealed record EnrollmentCompleted : IntegrationEvent
{
    public required Guid EnrollmentId { get; init; }
    public required Guid OfferingId { get; init; }
    public required string CourseCode { get; init; }
    public required string PersonName { get; init; }
    public required string PersonEmail { get; init; }

    /// <summary>A participant category id such as <c>consultant</c> or <c>government-staff</c>.</summary>
    public required string ParticipantCategory { get; init; }
    public required DateOnly CompletedOn { get; init; }
}
