namespace CpPlatform.Enterprises.Domain;

/// <summary>
/// The enterprise-level indicators of the UNEP/UNIDO resource-efficiency programme: resource productivity (output per
/// unit of energy, water, materials) and pollution intensity (waste, hazardous waste, wastewater, emissions per unit of
/// output). An indicator whose divisor is zero is undefined (null), never infinite.
/// </summary>
public sealed record ResourceEfficiencyIndicators(
    decimal? OutputPerEnergyKwh,
    decimal? OutputPerWaterM3,
    decimal? OutputPerMaterialsT,
    decimal? WasteTPerOutput,
    decimal? HazardousWasteTPerOutput,
    decimal? WastewaterM3PerOutput,
    decimal? EmissionsTco2ePerOutput)
{
    public static ResourceEfficiencyIndicators From(Baseline baseline)
    {
        var output = baseline.Output.Quantity;
        return new ResourceEfficiencyIndicators(
            Ratio(output, baseline.EnergyKwh),
            Ratio(output, baseline.WaterM3),
            Ratio(output, baseline.MaterialsT),
            Ratio(baseline.WasteT, output),
            Ratio(baseline.HazardousWasteT, output),
            Ratio(baseline.WastewaterM3, output),
            Ratio(baseline.EmissionsTco2e, output));
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;
}
