using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Apis;

public sealed record IndicatorsResponse(
    DateOnly From,
    DateOnly To,
    string? CenterId,
    int Events,
    int Attendances,
    int DistinctPeopleReached,
    int DistinctCompaniesReached,
    IReadOnlyList<KindCount> ByKind,
    IReadOnlyList<CategoryCount> ByStakeholderCategory,
    IReadOnlyList<CenterCount> ByCenter,
    IReadOnlyList<QuestionYear> QuestionsPerYear)
{
    public static IndicatorsResponse Of(DateOnly from, DateOnly to, string? centerId, Reach reach, IReadOnlyList<QuestionYear> questions) => new(
        from, to, centerId, reach.Events, reach.Attendances, reach.DistinctPeople, reach.DistinctCompanies, reach.ByKind, reach.ByCategory,
        reach.ByCenter, questions);
}
