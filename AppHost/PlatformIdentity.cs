using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CpPlatform.AppHost;

/// <summary>
/// The gateway's token signing key and the bootstrap admin client, made on the first run under the data folder
/// (<c>keys/gateway-signing-key.pem</c>, <c>admin-client.json</c>, owner-only) and handed to the projects as secret
/// parameters.
/// </summary>
public sealed record PlatformIdentity(
    IResourceBuilder<ParameterResource> SigningPrivateKey,
    IResourceBuilder<ParameterResource> SigningPublicKey,
    IResourceBuilder<ParameterResource> AdminClientId,
    IResourceBuilder<ParameterResource> AdminClientSecret,
    string AdminCredentialsPath)
{
    public const string Issuer = "cp-platform";
    public const string Audience = "cp-platform-api";
    private const string AdminCredentialsFile = "admin-client.json";
    private const string BootstrapAdminClientId = "platform-admin";

    public static PlatformIdentity Create(IDistributedApplicationBuilder builder, PlatformData data)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(data.ReadOrCreate(Path.Combine("keys", "gateway-signing-key.pem"), NewSigningKey));
        var admin = JsonSerializer.Deserialize<AdminCredentials>(data.ReadOrCreate(AdminCredentialsFile, NewAdminCredentials))
            ?? throw new InvalidOperationException($"{Path.Combine(data.Directory, AdminCredentialsFile)} is empty.");

        return new PlatformIdentity(
            builder.AddParameter("gateway-signing-key", rsa.ExportPkcs8PrivateKeyPem(), secret: true),
            builder.AddParameter("gateway-signing-public-key", rsa.ExportSubjectPublicKeyInfoPem()),
            builder.AddParameter("admin-client-id", admin.ClientId),
            builder.AddParameter("admin-client-secret", admin.ClientSecret, secret: true),
            Path.Combine(data.Directory, AdminCredentialsFile));
    }

    private static string NewSigningKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static string NewAdminCredentials() => JsonSerializer.Serialize(
        new AdminCredentials(BootstrapAdminClientId, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))),
        new JsonSerializerOptions { WriteIndented = true });

    private sealed record AdminCredentials(
        [property: JsonPropertyName("client_id")] string ClientId,
        [property: JsonPropertyName("client_secret")] string ClientSecret);
}
