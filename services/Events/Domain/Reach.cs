namespace CpPlatform.Events.Domain;

/// <summary>
/// What a set of attendances adds up to. People are counted by email, so someone at three events is one person
/// reached (and one per center for each center they met); attendances count every check-in.
/// </summary>
public sealed record Reach(
    int Events,
    int Attendances,
    int DistinctPeople,
    int DistinctCompanies,
    IReadOnlyList<KindCount> ByKind,
    IReadOnlyList<CategoryCount> ByCategory,
    IReadOnlyList<CenterCount> ByCenter)
{
    public static Reach Of(IReadOnlyCollection<Attendance> attendances) => new(
        attendances.Select(a => a.EventId).Distinct().Count(),
        attendances.Count,
        DistinctPeopleIn(attendances),
        attendances.Where(a => a.Category == StakeholderCategory.Company && a.EnterpriseId is not null)
            .Select(a => a.EnterpriseId).Distinct().Count(),
        attendances.GroupBy(a => a.Kind).OrderBy(g => g.Key)
            .Select(g => new KindCount(g.Key, g.Select(a => a.EventId).Distinct().Count(), g.Count(), DistinctPeopleIn(g)))
            .ToList(),
        attendances.GroupBy(a => a.Category).OrderBy(g => g.Key)
            .Select(g => new CategoryCount(g.Key, g.Count(), DistinctPeopleIn(g)))
            .ToList(),
        attendances.GroupBy(a => a.CenterId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CenterCount(g.Key, g.Select(a => a.EventId).Distinct().Count(), g.Count(), DistinctPeopleIn(g)))
            .ToList());

    private static int DistinctPeopleIn(IEnumerable<Attendance> attendances) =>
        attendances.Select(a => EmailAddress.Normalize(a.Email)).Distinct(StringComparer.Ordinal).Count();
}

public sealed record KindCount(EventKind Kind, int Events, int Attendances, int DistinctPeople);

public sealed record CategoryCount(StakeholderCategory Category, int Attendances, int DistinctPeople);

public sealed record CenterCount(string CenterId, int Events, int Attendances, int DistinctPeople);
