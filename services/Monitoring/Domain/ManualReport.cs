namespace CpPlatform.Monitoring.Domain;

/// <summary>A value staff reported for an indicator of measure <c>manual</c>, with the evidence behind it.</summary>
public sealed class ManualReport
{
    private ManualReport()
    {
    }

    public Guid Id { get; private init; }
    public Guid IndicatorId { get; private init; }

    /// <summary>As typed: <c>2004</c>, <c>2004-Q2</c> or <c>2004-03</c>.</summary>
    public string Period { get; private init; } = "";

    /// <summary>The period's last day: the value counts for the windows it falls in.</summary>
    public DateOnly LastDay { get; private init; }

    /// <summary>The center it is for, or null for the whole program.</summary>
    public string? CenterId { get; private init; }
    public decimal Value { get; private init; }
    public string Evidence { get; private init; } = "";
    public string ReportedBy { get; private init; } = "";
    public DateTimeOffset ReportedAt { get; private init; }

    public static ManualReport Record(Guid indicatorId, ReportedPeriod period, string? centerId, decimal value, string evidence, string by,
        DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        IndicatorId = indicatorId,
        Period = period.Text,
        LastDay = period.LastDay,
        CenterId = centerId,
        Value = value,
        Evidence = evidence,
        ReportedBy = by,
        ReportedAt = now,
    };
}
