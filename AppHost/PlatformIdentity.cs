using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CpPlatform.AppHost;

/// <summary>
/// The bootstrap admin client, made on the first run under the data folder (<c>admin-client.json</c>, owner-only) and
/// handed to the gateway as a secret parameter. The gateway keeps its signing keys in its own database; its Data
/// Protection keys, which encrypt them, stay in the data folder (<c>keys/gateway-data-protection</c>), apart from it.
/// </summary>
public sealed record PlatformIdentity(
    IResourceBuilder<ParameterResource> AdminClientId,
    IResourceBuilder<ParameterResource> AdminClientSecret,
    string AdminCredentialsPath,
    string DataProtectionKeysPath)
{
    public const string Issuer = "urn:cp-platform";
    public const string Audience = "cp-platform-api";

    /// <summary>Where services read the gateway's discovery document; service discovery resolves <c>http://gateway</c>.</summary>
    public const string MetadataAddress = "http://gateway/.well-known/openid-configuration";

    private const string AdminCredentialsFile = "admin-client.json";
    private const string BootstrapAdminClientId = "platform-admin";

    public static PlatformIdentity Create(IDistributedApplicationBuilder builder, PlatformData data)
    {
        var admin = JsonSerializer.Deserialize<AdminCredentials>(data.ReadOrCreate(AdminCredentialsFile, NewAdminCredentials))
            ?? throw new InvalidOperationException($"{Path.Combine(data.Directory, AdminCredentialsFile)} is empty.");

        return new PlatformIdentity(
            builder.AddParameter("admin-client-id", admin.ClientId),
            builder.AddParameter("admin-client-secret", admin.ClientSecret, secret: true),
            Path.Combine(data.Directory, AdminCredentialsFile),
            Path.Combine(data.Directory, "keys", "gateway-data-protection"));
    }

    private static string NewAdminCredentials() => JsonSerializer.Serialize(
        new AdminCredentials(BootstrapAdminClientId, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))),
        new JsonSerializerOptions { WriteIndented = true });

    private sealed record AdminCredentials(
        [property: JsonPropertyName("client_id")] string ClientId,
        [property: JsonPropertyName("client_secret")] string ClientSecret);
}
