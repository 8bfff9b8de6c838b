namespace CpPlatform.ServiceDefaults.Security;

/// <summary>The claims the gateway puts into every token.</summary>
public static class PlatformClaims
{
    public const string ClientId = "client_id";
    public const string Kind = "cp_kind";
    public const string Center = "cp_center";
    public const string Bank = "cp_bank";

    /// <summary>A donor client's donor id (a slug such as <c>idb</c>), which a program names as its funder.</summary>
    public const string Donor = "cp_donor";
    public const string Scope = "scope";

    public static string KindValue(ClientKind kind) => kind switch
    {
        ClientKind.Center => "center",
        ClientKind.Bank => "bank",
        ClientKind.National => "national",
        ClientKind.Admin => "admin",
        ClientKind.Donor => "donor",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ClientKind? ParseKind(string? value) => value switch
    {
        "center" => ClientKind.Center,
        "bank" => ClientKind.Bank,
        "national" => ClientKind.National,
        "admin" => ClientKind.Admin,
        "donor" => ClientKind.Donor,
        _ => null,
    };
}
