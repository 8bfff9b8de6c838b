using CpPlatform.Contracts.Events;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Messaging;

/// <summary>Maps what happened at an event to the integration events other services consume.</summary>
internal static class AttendanceEvents
{
    /// <summary>The attendance is dated by the check-in's day at the event's center.</summary>
    public static EventAttendanceRecorded AttendanceRecorded(Event attended, Registration registration, CenterTime at) => new()
    {
        CenterId = attended.CenterId,
        OccurredAt = registration.CheckedInAt!.Value,
        EventId = attended.Id,
        EnterpriseId = registration.EnterpriseId!.Value,
        EventKind = KebabCase.Name(attended.Kind),
        AttendedOn = at.DayOf(registration.CheckedInAt.Value),
    };
}
