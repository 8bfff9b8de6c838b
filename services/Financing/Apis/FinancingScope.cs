namespace CpPlatform.Financing.Apis;

/// <summary>The token scope that opens this service's API.</summary>
public static class FinancingScope
{
    public const string Name = "financing";
}
