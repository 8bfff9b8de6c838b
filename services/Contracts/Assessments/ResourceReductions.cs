namespace CpPlatform.Contracts.Assessments;

/// <summary>Yearly reductions in resource use and pollution, in the units the options record them.</summary>
public sealed record ResourceReductions
{
    public required decimal EnergyKwh { get; init; }
    public required decimal WaterM3 { get; init; }
    public required decimal MaterialsT { get; init; }
    public required decimal WasteT { get; init; }
    public required decimal HazardousWasteT { get; init; }
    public required decimal EmissionsTco2e { get; init; }
}
