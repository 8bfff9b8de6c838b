using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Domain;

/// <summary>A system allowed to ask for tokens: a center's app, a bank, the national program, a program's donor or a platform admin.</summary>
public sealed record PlatformClient(
    string ClientId,
    string Name,
    ClientKind Kind,
    string? CenterId,
    string? BankId,
    string? DonorId,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset SecretChangedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
