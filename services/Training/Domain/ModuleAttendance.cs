namespace CpPlatform.Training.Domain;

/// <summary>How many of one module's sessions an enrollment attended.</summary>
public sealed record ModuleAttendance(int ModuleNumber, int Sessions, int Attended)
{
    /// <summary>Attended share in percent, for display; the rule compares exact counts.</summary>
    public decimal Percent => Sessions == 0 ? 100m : Attended * 100m / Sessions;
}
