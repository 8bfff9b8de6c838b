namespace CpPlatform.Assessments.Domain;

/// <summary>A percentage per resource (reductions); null where it cannot be computed.</summary>
public sealed record ResourcePercentages(
    decimal? Energy, decimal? Water, decimal? Materials, decimal? Waste, decimal? HazardousWaste, decimal? Wastewater, decimal? Emissions)
{
    public static readonly ResourcePercentages None = new(null, null, null, null, null, null, null);
}
