namespace CpPlatform.Contracts.Events;

/// <summary>
/// Someone attending for a registered company was checked in at an event; the enterprise has heard of cleaner
/// production (stage "aware"). Sent once per attendee and event, however often they are checked in.
/// </summary>
public sealed record EventAttendanceRecorded : IntegrationEvent
{
    public required Guid EventId { get; init; }
    public required Guid EnterpriseId { get; init; }

    /// <summary>An event kind id such as <c>awareness-talk</c>.</summary>
    public required string EventKind { get; init; }
    public required DateOnly AttendedOn { get; init; }
}
