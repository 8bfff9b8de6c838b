namespace CpPlatform.Monitoring.Domain;

/// <summary>
/// The monitoring service's copy of one program activity another service reported (see the contract's
/// <c>ProgramActivity</c>), in the state of the newest message about it: <see cref="Revision"/> is that message's time.
/// Written only by the consumer's upsert; measures count these rows.
/// </summary>
public sealed class RecordedActivity
{
    public string Activity { get; init; } = "";
    public string Key { get; init; } = "";
    public string CenterId { get; init; } = "";
    public DateOnly On { get; init; }
    public DateOnly? Until { get; init; }
    public bool Counts { get; init; }
    public string? Kind { get; init; }
    public string? Category { get; init; }
    public string? Person { get; init; }
    public Guid? EnterpriseId { get; init; }
    public string? GroupKey { get; init; }
    public decimal? Amount { get; init; }
    public bool? MeetsSavingsGoal { get; init; }
    public DateTimeOffset Revision { get; init; }
}
