using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Apis;

public sealed record FiguresDto(int Options, decimal Investment, decimal AnnualSavings, decimal? PaybackMonths, decimal? RoiPercent)
{
    public static FiguresDto From(EconomicFigures figures) => new(
        figures.Options, figures.Investment, figures.AnnualSavings,
        Presentation.OneDecimal(figures.PaybackMonths), Presentation.OneDecimal(figures.RoiPercent));
}

public sealed record ReductionsPercentDto(
    decimal? Energy, decimal? Water, decimal? Materials, decimal? Waste, decimal? HazardousWaste, decimal? Wastewater, decimal? Emissions)
{
    public static ReductionsPercentDto From(ResourcePercentages percentages) => new(
        Presentation.OneDecimal(percentages.Energy), Presentation.OneDecimal(percentages.Water), Presentation.OneDecimal(percentages.Materials),
        Presentation.OneDecimal(percentages.Waste), Presentation.OneDecimal(percentages.HazardousWaste),
        Presentation.OneDecimal(percentages.Wastewater), Presentation.OneDecimal(percentages.Emissions));
}

public sealed record EconomicsDto(
    FiguresDto Recommended, FiguresDto Implemented, decimal? ImplementationRatePercent, ReductionsPercentDto ReductionsPercent, bool MeetsProgramGoal)
{
    public static EconomicsDto From(ProjectEconomics economics) => new(
        FiguresDto.From(economics.Recommended),
        FiguresDto.From(economics.Implemented),
        Presentation.OneDecimal(economics.ImplementationRatePercent),
        ReductionsPercentDto.From(economics.ReductionsPercent),
        economics.MeetsProgramGoal);
}
