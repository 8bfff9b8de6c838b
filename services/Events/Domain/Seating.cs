namespace CpPlatform.Events.Domain;

/// <summary>How an event's places are given out: first come, first served, then a waitlist in order of registration.</summary>
public static class Seating
{
    /// <summary>A new registration gets a place while fewer than <paramref name="capacity"/> are confirmed.</summary>
    public static RegistrationStatus StatusFor(int confirmed, int capacity) =>
        confirmed < capacity ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;

    /// <summary>How many waitlisted registrations move up now: the free places, at most everyone waiting.</summary>
    public static int PlacesToPromote(int confirmed, int capacity, int waitlisted) =>
        Math.Clamp(capacity - confirmed, 0, waitlisted);
}
