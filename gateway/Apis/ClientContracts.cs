using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Apis;

/// <summary>
/// Kind and scopes are read as text so an unknown value is reported with the allowed ones. <paramref name="Donor"/> is
/// the donor's id, as the programs it funds name it.
/// </summary>
public sealed record CreateClientRequest(
    string? Name, string? Kind, string? CenterId = null, string? BankId = null, IReadOnlyList<string>? Scopes = null, string? Donor = null);

/// <summary>A client as admins see it: never its secret.</summary>
public sealed record ClientResponse(
    string ClientId, string Name, ClientKind Kind, string? CenterId, string? BankId, string? Donor, IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt, DateTimeOffset SecretChangedAt, DateTimeOffset? RevokedAt)
{
    public static ClientResponse From(PlatformClient client) => new(
        client.ClientId, client.Name, client.Kind, client.CenterId, client.BankId, client.DonorId, client.Scopes,
        client.CreatedAt, client.SecretChangedAt, client.RevokedAt);
}

/// <summary>The one answer that shows a secret: right after it was made, never again.</summary>
public sealed record ClientCredentialsResponse(
    string ClientId, string ClientSecret, string Name, ClientKind Kind, string? CenterId, string? BankId, string? Donor,
    IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt)
{
    public static ClientCredentialsResponse From(PlatformClient client, string secret) => new(
        client.ClientId, secret, client.Name, client.Kind, client.CenterId, client.BankId, client.DonorId, client.Scopes, client.CreatedAt);
}
