using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Domain;

/// <summary>A system allowed to ask for tokens: a center's app, a bank, the national program or a platform admin.</summary>
public sealed class ApiClient
{
    public required string ClientId { get; init; }
    public required string Name { get; set; }
    public required ClientKind Kind { get; set; }
    public string? CenterId { get; set; }
    public string? BankId { get; set; }
    public required List<string> Scopes { get; set; }

    /// <summary>The secret's salted hash (<see cref="ClientSecret.Hash"/>); the secret itself is never stored.</summary>
    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset SecretChangedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    public void ReplaceSecret(string secretHash, DateTimeOffset now)
    {
        SecretHash = secretHash;
        SecretChangedAt = now;
    }

    /// <summary>Revocation is final and keeps its first date; tokens already issued run out with their short lifetime.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
