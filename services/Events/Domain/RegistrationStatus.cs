namespace CpPlatform.Events.Domain;

public enum RegistrationStatus
{
    /// <summary>Holds one of the event's places.</summary>
    Confirmed,

    /// <summary>Registered while the event was full; promoted in order when a place frees up.</summary>
    Waitlisted,
    Cancelled,
}
