using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

public sealed record IndicatorCounts(int Trained, int Completed, int Certified);

public sealed record CategoryIndicators(string Category, int Trained, int Completed, int Certified);

public sealed record CenterIndicators(string CenterId, int Trained, int Completed, int Certified);

/// <summary>Distinct people per measure: a person trained in two centers counts once in the totals and once per center.</summary>
public sealed record IndicatorsResponse(
    DateOnly From, DateOnly To, IndicatorCounts Totals, IReadOnlyList<CategoryIndicators> ByCategory, IReadOnlyList<CenterIndicators> ByCenter)
{
    public static IndicatorsResponse Of(
        DateOnly from, DateOnly to, (int Trained, int Completed, int Certified) totals, IReadOnlyList<IndicatorLine> byCategory,
        IReadOnlyList<IndicatorLine> byCenter) => new(
        from, to, new IndicatorCounts(totals.Trained, totals.Completed, totals.Certified),
        byCategory.Select(line => new CategoryIndicators(line.Key, line.Trained, line.Completed, line.Certified)).ToList(),
        byCenter.Select(line => new CenterIndicators(line.Key, line.Trained, line.Completed, line.Certified)).ToList());
}
