namespace CpPlatform.Monitoring.Domain;

/// <summary>
/// A figure the platform computes for an indicator, defined once over the program activities the owning services send.
/// Only activities that count now, dated within the window (both days included), of a center of the program count.
/// </summary>
/// <param name="Activity">The activity counted (for a ratio, the numerator's); null for values reported by staff.</param>
/// <param name="Category">Only activities of this category (a participant category such as <c>student</c>).</param>
/// <param name="Currency">Only activities in this currency (their kind, compared without case), for sums of money.</param>
/// <param name="OnlyMeetingSavingsGoal">Only verified results that meet the 10% savings goal.</param>
/// <param name="PerHundredOf">For a ratio: the activity it is a percent of.</param>
/// <param name="Kinds">The kinds an indicator may filter by (null: it takes no kinds filter).</param>
/// <param name="Categories">The categories an indicator may filter by (null: it takes no categories filter).</param>
public sealed record Measure(
    string Id,
    string Title,
    string Unit,
    string Description,
    MeasureCount Count,
    string? Activity = null,
    string? Category = null,
    string? Currency = null,
    bool OnlyMeetingSavingsGoal = false,
    string? PerHundredOf = null,
    IReadOnlyList<string>? Kinds = null,
    IReadOnlyList<string>? Categories = null)
{
    public bool IsReported => Count == MeasureCount.Reported;
}
