namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// A token signing key as the gateway database keeps it: the private key encrypted with ASP.NET Data Protection.
/// A key lives three stages: published only (<see cref="ActivatedAt"/> unset, so services learn it before its first
/// token), signing, then retired (checking only the tokens it signed until they have expired).
/// </summary>
public sealed class StoredSigningKey
{
    public required string KeyId { get; init; }
    public required string ProtectedPrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it began signing; unset while it is only published, waiting for the next rotation.</summary>
    public DateTimeOffset? ActivatedAt { get; set; }

    /// <summary>When a newer key replaced it: it then only checks the tokens it signed until they have expired.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsSigning => ActivatedAt is not null && RetiredAt is null;

    public bool IsNext => ActivatedAt is null;
}
