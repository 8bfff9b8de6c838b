namespace CpPlatform.ServiceDefaults.Security;

/// <summary>Who a client is, from the <c>cp_kind</c> claim of its token.</summary>
public enum ClientKind
{
    Center,
    Bank,
    National,
    Admin,

    /// <summary>A program's funder: reads the monitoring figures of the programs it funds, never personal data.</summary>
    Donor,
}
