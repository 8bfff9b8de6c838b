namespace CpPlatform.Assessments.Domain;

/// <summary>A number of options with their summed investment and savings, and the ratios of those sums.</summary>
public sealed record EconomicFigures(int Options, decimal Investment, decimal AnnualSavings)
{
    public decimal? PaybackMonths => Economics.PaybackMonths(Investment, AnnualSavings);
    public decimal? RoiPercent => Economics.RoiPercent(Investment, AnnualSavings);
}
