using CpPlatform.Contracts.Events;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Events.Messaging;

/// <summary>Maps what happened at an event to the integration events other services consume.</summary>
internal static class AttendanceEvents
{
    public static EventAttendanceRecorded AttendanceRecorded(Event attended, Registration registration) => new()
    {
        CenterId = attended.CenterId,
        OccurredAt = registration.CheckedInAt!.Value,
        EventId = attended.Id,
        EnterpriseId = registration.EnterpriseId!.Value,
        EventKind = KebabCase.Name(attended.Kind),
        AttendedOn = DateOnly.FromDateTime(registration.CheckedInAt.Value.UtcDateTime),
    };
}
