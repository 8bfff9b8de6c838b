namespace CpPlatform.Training.Domain;

public enum EnrollmentStatus
{
    /// <summary>Holds a seat.</summary>
    Enrolled,

    /// <summary>Waits for a seat; the earliest request is promoted first.</summary>
    Waitlisted,

    /// <summary>Attended enough of every module and paid; still holds its seat.</summary>
    Completed,
    Cancelled,
}
