namespace CpPlatform.Assessments.Domain;

/// <summary>The yearly reductions an option brings.</summary>
public sealed record OptionReductions(
    decimal EnergyKwh, decimal WaterM3, decimal MaterialsT, decimal WasteT, decimal HazardousWasteT, decimal EmissionsTco2e)
{
    public static readonly OptionReductions Zero = new(0, 0, 0, 0, 0, 0);

    public OptionReductions Plus(OptionReductions other) => new(
        EnergyKwh + other.EnergyKwh, WaterM3 + other.WaterM3, MaterialsT + other.MaterialsT, WasteT + other.WasteT,
        HazardousWasteT + other.HazardousWasteT, EmissionsTco2e + other.EmissionsTco2e);
}
