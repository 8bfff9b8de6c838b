namespace CpPlatform.Assessments.Domain;

/// <summary>
/// A project's economics: recommended = every option not rejected (planned figures); implemented = implemented or
/// verified options (actual investment, else planned; verified savings, else estimated).
/// </summary>
public sealed record ProjectEconomics(
    EconomicFigures Recommended,
    EconomicFigures Implemented,
    decimal? ImplementationRatePercent,
    ResourcePercentages ReductionsPercent,
    bool MeetsProgramGoal)
{
    public static ProjectEconomics Of(IReadOnlyCollection<ProjectOption> options, Measurement? baseline, Measurement? after)
    {
        var recommended = options.Where(option => option.IsRecommended).ToList();
        var implemented = options.Where(option => option.IsImplemented).ToList();
        var reductions = Economics.Reductions(baseline, after);
        return new ProjectEconomics(
            new EconomicFigures(recommended.Count, recommended.Sum(option => option.Investment), recommended.Sum(option => option.AnnualSavings)),
            new EconomicFigures(implemented.Count, implemented.Sum(option => option.ImplementedInvestment ?? 0),
                implemented.Sum(option => option.ImplementedAnnualSavings ?? 0)),
            Economics.ImplementationRatePercent(implemented.Count, recommended.Count),
            reductions,
            Economics.MeetsProgramGoal(reductions));
    }
}
