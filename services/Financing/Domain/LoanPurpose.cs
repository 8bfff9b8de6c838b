namespace CpPlatform.Financing.Domain;

/// <summary>What a loan under coverage may finance; travels as <c>cleaner-production</c>, <c>energy-efficiency</c>, <c>environmental-management</c>.</summary>
public enum LoanPurpose
{
    CleanerProduction,
    EnergyEfficiency,
    EnvironmentalManagement,
}
