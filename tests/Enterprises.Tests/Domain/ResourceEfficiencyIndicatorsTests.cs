using CpPlatform.Enterprises.Domain;

namespace CpPlatform.Enterprises.Tests.Domain;

public class ResourceEfficiencyIndicatorsTests
{
    private static Baseline Baseline(decimal energy, decimal water, decimal materials, decimal waste, decimal hazardous,
        decimal wastewater, decimal emissions, decimal output) => new()
    {
        EnergyKwh = energy,
        WaterM3 = water,
        MaterialsT = materials,
        WasteT = waste,
        HazardousWasteT = hazardous,
        WastewaterM3 = wastewater,
        EmissionsTco2e = emissions,
        Output = new ProductionOutput(output, "t leather"),
        RecordedBy = "test",
    };

    [Fact]
    public void Productivity_is_output_per_resource_and_intensity_is_pollution_per_output()
    {
        var indicators = ResourceEfficiencyIndicators.From(Baseline(
            energy: 200_000, water: 5_000, materials: 400, waste: 50, hazardous: 2, wastewater: 4_000, emissions: 120, output: 100));

        Assert.Equal(0.0005m, indicators.OutputPerEnergyKwh);
        Assert.Equal(0.02m, indicators.OutputPerWaterM3);
        Assert.Equal(0.25m, indicators.OutputPerMaterialsT);
        Assert.Equal(0.5m, indicators.WasteTPerOutput);
        Assert.Equal(0.02m, indicators.HazardousWasteTPerOutput);
        Assert.Equal(40m, indicators.WastewaterM3PerOutput);
        Assert.Equal(1.2m, indicators.EmissionsTco2ePerOutput);
    }

    [Fact]
    public void A_resource_not_used_leaves_its_productivity_undefined_not_infinite()
    {
        var indicators = ResourceEfficiencyIndicators.From(Baseline(
            energy: 0, water: 1_000, materials: 0, waste: 0, hazardous: 0, wastewater: 0, emissions: 0, output: 10));

        Assert.Null(indicators.OutputPerEnergyKwh);
        Assert.Null(indicators.OutputPerMaterialsT);
        Assert.Equal(0.01m, indicators.OutputPerWaterM3);
        Assert.Equal(0m, indicators.WasteTPerOutput);
    }
}
