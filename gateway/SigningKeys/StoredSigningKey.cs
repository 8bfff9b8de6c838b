namespace CpPlatform.Gateway.SigningKeys;

/// <summary>A token signing key as the gateway database keeps it: the private key encrypted with ASP.NET Data Protection.</summary>
public sealed class StoredSigningKey
{
    public required string KeyId { get; init; }
    public required string ProtectedPrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a newer key replaced it: it then only checks the tokens it signed until they have expired.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
