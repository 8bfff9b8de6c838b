using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Apis;

/// <summary>No center: a value for the whole program (a center reports for its own center only).</summary>
public sealed record ManualReportRequest(string? Period, string? CenterId, decimal? Value, string? Evidence);

/// <summary>A donor sees the values, never the evidence or who reported them.</summary>
public sealed record ManualReportResponse(
    Guid Id, Guid IndicatorId, string Period, DateOnly LastDay, string? CenterId, decimal Value, string? Evidence, string? ReportedBy, DateTimeOffset ReportedAt)
{
    public static ManualReportResponse From(ManualReport report, bool forDonor) => new(
        report.Id, report.IndicatorId, report.Period, report.LastDay, report.CenterId, report.Value,
        forDonor ? null : report.Evidence, forDonor ? null : report.ReportedBy, report.ReportedAt);
}
