namespace CpPlatform.Monitoring.Domain;

/// <summary>How far each indicator of a program's logframe has come, as of a day, for the whole program or one center.</summary>
public sealed record ProgramProgress(
    ProgramSummary Program,
    DateOnly AsOf,
    string? CenterId,
    int? Year,
    IReadOnlyList<IndicatorProgress> Indicators);

public sealed record ProgramSummary(
    Guid Id, string Code, string Title, string Donor, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> CenterIds);

/// <summary>
/// One indicator: each of its targets with the actual against it, and the program-wide actual at the end of each month
/// of the program so far (cumulative), for a chart over time.
/// </summary>
public sealed record IndicatorProgress(
    Guid IndicatorId,
    IndicatorLevel Level,
    string Ref,
    string Title,
    string Measure,
    string Unit,
    string? MeansOfVerification,
    IReadOnlyList<TargetProgress> Targets,
    IReadOnlyList<ProgressPoint> History);

/// <summary>
/// The actual of one scope and the target set for it, if any. <see cref="CenterId"/> null: the whole program;
/// <see cref="Year"/> null: the whole period. Every indicator has a line for the whole program, each of its centers and
/// each of its years (and each target the logframe sets); a line without a target has no percent and no status.
/// <see cref="PercentOfTarget"/> is unrounded (null when there is no target or it is 0).
/// </summary>
public sealed record TargetProgress(
    string? CenterId, int? Year, decimal? Target, decimal Actual, decimal? PercentOfTarget, ProgressStatus? Status);

public sealed record ProgressPoint(DateOnly On, decimal Actual);

public enum IndicatorLevel
{
    Goal,
    Purpose,
    Component,
    Activity,
}

public enum ProgressStatus
{
    Achieved,
    OnTrack,
    AtRisk,
    NotStarted,
}
