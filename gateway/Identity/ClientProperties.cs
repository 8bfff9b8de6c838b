using System.Collections.Immutable;
using System.Text.Json;
using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CpPlatform.Gateway.Identity;

/// <summary>
/// How a <see cref="PlatformClient"/> is kept in an OpenIddict application: kind, owner and dates as application
/// properties (named like the token claims), scopes as OpenIddict scope permissions.
/// </summary>
internal static class ClientProperties
{
    public const string Kind = PlatformClaims.Kind;
    public const string Center = PlatformClaims.Center;
    public const string Bank = PlatformClaims.Bank;
    public const string Donor = PlatformClaims.Donor;
    public const string CreatedAt = "created_at";
    public const string SecretChangedAt = "secret_changed_at";
    public const string RevokedAt = "revoked_at";

    public static OpenIddictApplicationDescriptor Describe(PlatformClient client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.Name,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(client.Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        Write(descriptor, client);
        return descriptor;
    }

    /// <summary>Writes the fields that change after registration (secret date, revocation) into a populated descriptor.</summary>
    public static void Write(OpenIddictApplicationDescriptor descriptor, PlatformClient client)
    {
        descriptor.Properties[Kind] = JsonSerializer.SerializeToElement(PlatformClaims.KindValue(client.Kind));
        Set(descriptor, Center, client.CenterId);
        Set(descriptor, Bank, client.BankId);
        Set(descriptor, Donor, client.DonorId);
        Set(descriptor, CreatedAt, client.CreatedAt);
        Set(descriptor, SecretChangedAt, client.SecretChangedAt);
        Set(descriptor, RevokedAt, client.RevokedAt);
    }

    public static PlatformClient Read(string clientId, string? name, ImmutableArray<string> permissions, ImmutableDictionary<string, JsonElement> properties)
    {
        var scopes = ClientScopes.Normalize(permissions
            .Where(permission => permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(permission => permission[Permissions.Prefixes.Scope.Length..]));
        return new PlatformClient(
            clientId,
            name ?? clientId,
            PlatformClaims.ParseKind(Get<string>(properties, Kind)) ?? throw new InvalidOperationException($"Client {clientId} has no known {Kind}."),
            Get<string>(properties, Center),
            Get<string>(properties, Bank),
            Get<string>(properties, Donor),
            scopes,
            Get<DateTimeOffset>(properties, CreatedAt),
            Get<DateTimeOffset>(properties, SecretChangedAt),
            Get<DateTimeOffset?>(properties, RevokedAt));
    }

    private static void Set<T>(OpenIddictApplicationDescriptor descriptor, string name, T value)
    {
        if (value is null)
        {
            descriptor.Properties.Remove(name);
            return;
        }
        descriptor.Properties[name] = JsonSerializer.SerializeToElement(value);
    }

    private static T? Get<T>(ImmutableDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind is not JsonValueKind.Null ? value.Deserialize<T>() : default;
}
