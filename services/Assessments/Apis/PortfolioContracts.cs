using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Apis;

public sealed record PortfolioLineDto(
    string Sector, int Plants, int RecommendedOptions, int ImplementedOptions, decimal? ImplementationRatePercent,
    decimal Investment, decimal AnnualSavings, decimal? RoiPercent, decimal? PaybackMonths)
{
    public static PortfolioLineDto From(PortfolioLine line) => new(
        line.Sector, line.Plants, line.RecommendedOptions, line.ImplementedOptions, Presentation.OneDecimal(line.ImplementationRatePercent),
        line.Investment, line.AnnualSavings, Presentation.OneDecimal(line.RoiPercent), Presentation.OneDecimal(line.PaybackMonths));
}

public sealed record PortfolioResponse(IReadOnlyList<PortfolioLineDto> Sectors, PortfolioLineDto Total);
