namespace CpPlatform.Enterprises.Domain;

/// <summary>Measured quantities for one period, as reported by the plant.</summary>
public sealed record BaselineReadings(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal EnergyKwh,
    decimal WaterM3,
    decimal MaterialsT,
    decimal WasteT,
    decimal HazardousWasteT,
    decimal WastewaterM3,
    decimal EmissionsTco2e,
    ProductionOutput Output);
