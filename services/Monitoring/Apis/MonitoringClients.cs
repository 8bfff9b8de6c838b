using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Monitoring.Apis;

/// <summary>Who may read programs and their figures (each only what it may see); only national staff and the admin change them.</summary>
public static class MonitoringClients
{
    public static readonly ClientKind[] Readers = [ClientKind.Center, ClientKind.National, ClientKind.Admin, ClientKind.Donor];

    public static readonly ClientKind[] Editors = [ClientKind.National, ClientKind.Admin];
}
