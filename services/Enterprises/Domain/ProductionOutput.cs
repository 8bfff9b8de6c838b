namespace CpPlatform.Enterprises.Domain;

public sealed record ProductionOutput(decimal Quantity, string Unit);
