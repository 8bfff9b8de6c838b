namespace CpPlatform.Enterprises.Domain;

/// <summary>A plant's resource use and pollution over a period, the reference against which savings are measured.</summary>
public sealed class Baseline
{
    public Guid Id { get; init; }
    public Guid EnterpriseId { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public decimal EnergyKwh { get; init; }
    public decimal WaterM3 { get; init; }
    public decimal MaterialsT { get; init; }
    public decimal WasteT { get; init; }
    public decimal HazardousWasteT { get; init; }
    public decimal WastewaterM3 { get; init; }
    public decimal EmissionsTco2e { get; init; }
    public required ProductionOutput Output { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public ResourceEfficiencyIndicators Indicators => ResourceEfficiencyIndicators.From(this);
}
