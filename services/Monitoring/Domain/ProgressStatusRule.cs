namespace CpPlatform.Monitoring.Domain;

/// <summary>How far an actual is from its target, judged against the share of the window's days gone by.</summary>
public static class ProgressStatusRule
{
    /// <summary>
    /// Not started while the window has not begun at <paramref name="asOf"/>; achieved once the actual reaches the
    /// target; on track while actual ÷ target keeps pace with the share of the window's days elapsed (both ends
    /// included); otherwise at risk. No target, no status.
    /// </summary>
    public static ProgressStatus? Of(decimal? target, decimal actual, DateOnly from, DateOnly to, DateOnly asOf)
    {
        if (target is not { } goal)
        {
            return null;
        }
        if (asOf < from)
        {
            return ProgressStatus.NotStarted;
        }
        if (actual >= goal)
        {
            return ProgressStatus.Achieved;
        }
        var elapsed = (decimal)((asOf < to ? asOf : to).DayNumber - from.DayNumber + 1) / (to.DayNumber - from.DayNumber + 1);
        return actual / goal >= elapsed ? ProgressStatus.OnTrack : ProgressStatus.AtRisk;
    }

    /// <summary>Actual ÷ target × 100, unrounded; none without a target or with a target of 0.</summary>
    public static decimal? PercentOf(decimal? target, decimal actual) => target is > 0 and { } goal ? actual * 100 / goal : null;
}
