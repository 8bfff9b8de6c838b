namespace CpPlatform.Monitoring.Apis;

/// <summary>The token scope that opens this service's API.</summary>
public static class MonitoringScope
{
    public const string Name = "monitoring";
}
