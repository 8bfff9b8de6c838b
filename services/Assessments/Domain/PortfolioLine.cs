namespace CpPlatform.Assessments.Domain;

/// <summary>A portfolio's figures for one sector (or the whole): counts and implemented sums, and the ratios of the sums.</summary>
public sealed record PortfolioLine(string Sector, int Plants, int RecommendedOptions, int ImplementedOptions, decimal Investment, decimal AnnualSavings)
{
    public decimal? ImplementationRatePercent => Economics.ImplementationRatePercent(ImplementedOptions, RecommendedOptions);
    public decimal? RoiPercent => Economics.RoiPercent(Investment, AnnualSavings);
    public decimal? PaybackMonths => Economics.PaybackMonths(Investment, AnnualSavings);

    /// <summary>The whole portfolio: each plant belongs to one sector, so plants add up too.</summary>
    public static PortfolioLine Total(IEnumerable<PortfolioLine> sectors) => sectors.Aggregate(
        new PortfolioLine("all", 0, 0, 0, 0, 0),
        (total, line) => total with
        {
            Plants = total.Plants + line.Plants,
            RecommendedOptions = total.RecommendedOptions + line.RecommendedOptions,
            ImplementedOptions = total.ImplementedOptions + line.ImplementedOptions,
            Investment = total.Investment + line.Investment,
            AnnualSavings = total.AnnualSavings + line.AnnualSavings,
        });
}
