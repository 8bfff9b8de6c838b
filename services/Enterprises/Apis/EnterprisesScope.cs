namespace CpPlatform.Enterprises.Apis;

/// <summary>The token scope that opens this service's API.</summary>
public static class EnterprisesScope
{
    public const string Name = "enterprises";
}
