namespace CpPlatform.Events.Domain;

/// <summary>
/// What a period's attendances add up to: events held, check-ins, distinct people (by email) and distinct companies
/// reached, broken down by kind, stakeholder category and center, each line with its own distinct people.
/// </summary>
public sealed record Reach(
    int Events,
    int Attendances,
    int DistinctPeople,
    int DistinctCompanies,
    IReadOnlyList<KindCount> ByKind,
    IReadOnlyList<CategoryCount> ByCategory,
    IReadOnlyList<CenterCount> ByCenter);

public sealed record KindCount(EventKind Kind, int Events, int Attendances, int DistinctPeople);

public sealed record CategoryCount(StakeholderCategory Category, int Attendances, int DistinctPeople);

public sealed record CenterCount(string CenterId, int Events, int Attendances, int DistinctPeople);
