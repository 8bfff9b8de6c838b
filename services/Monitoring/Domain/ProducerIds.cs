namespace CpPlatform.Monitoring.Domain;

/// <summary>
/// The ids other services give the kinds and categories of their activities (their enums in kebab-case), which
/// indicators may filter by. Kept here because services share only contracts: they change when those enums change.
/// </summary>
public static class ProducerIds
{
    /// <summary>The events service's event kinds.</summary>
    public static readonly IReadOnlyList<string> EventKinds =
        ["awareness-talk", "sector-workshop", "annual-forum", "launch", "trade-fair", "final-conference", "webinar", "advisory-board-meeting"];

    /// <summary>The events service's stakeholder categories.</summary>
    public static readonly IReadOnlyList<string> StakeholderCategories =
        ["company", "government", "industry-association", "academia", "student", "ngo", "financial-institution", "international-organisation"];

    /// <summary>The training service's participant categories this catalogue names.</summary>
    public const string Student = "student";

    public const string Consultant = "consultant";
}
