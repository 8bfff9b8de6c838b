namespace CpPlatform.Training.Domain;

/// <summary>
/// When an enrollment is completed: the person attended at least <see cref="MinimumAttendance"/> of the sessions of
/// every module, and the fee is paid or waived (configuration section <c>Training:Completion</c>).
/// </summary>
public sealed class CompletionRule
{
    public const string Section = "Training:Completion";

    /// <summary>The share of each module's sessions to attend (0.8 = 80%; 4 of 5 sessions is enough, 3 of 4 is not).</summary>
    public decimal MinimumAttendance { get; set; } = 0.8m;

    public CompletionCheck Check(IEnumerable<Session> sessions, IReadOnlySet<Guid> attended, IEnumerable<CourseModule> modules, FeeStatus fee)
    {
        var byModule = sessions.ToLookup(session => session.ModuleNumber);
        var attendance = modules
            .OrderBy(module => module.Number)
            .Select(module => new ModuleAttendance(
                module.Number, byModule[module.Number].Count(), byModule[module.Number].Count(session => attended.Contains(session.Id))))
            .ToList();

        var unmet = attendance
            .Where(module => module.Attended < MinimumAttendance * module.Sessions)
            .Select(module => $"module-{module.ModuleNumber}-attendance")
            .ToList();
        if (fee == FeeStatus.Due)
        {
            unmet.Add("fee-paid");
        }
        return new CompletionCheck(attendance, fee, unmet);
    }
}
