namespace CpPlatform.Training.Domain;

/// <summary>The completion rule applied to one enrollment: each module's attendance, the fee, and what is still missing.</summary>
public sealed record CompletionCheck(IReadOnlyList<ModuleAttendance> Modules, FeeStatus Fee, IReadOnlyList<string> Unmet)
{
    public bool IsComplete => Unmet.Count == 0;
}
