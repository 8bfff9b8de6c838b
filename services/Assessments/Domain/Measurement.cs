namespace CpPlatform.Assessments.Domain;

/// <summary>What a plant used and emitted over a period, and what it produced in it.</summary>
public sealed record Measurement(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal EnergyKwh,
    decimal WaterM3,
    decimal MaterialsT,
    decimal WasteT,
    decimal HazardousWasteT,
    decimal WastewaterM3,
    decimal EmissionsTco2e,
    decimal OutputQuantity,
    string OutputUnit);
