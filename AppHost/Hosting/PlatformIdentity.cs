using System.Security.Cryptography;
using System.Text.Json;

namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// The gateway's token signing key and the bootstrap admin client. Made on the first run under the data folder
/// (<c>keys/gateway-signing-key.pem</c>, <c>admin-client.json</c>, readable by the owner only) and reused after.
/// </summary>
public sealed class PlatformIdentity
{
    public const string Issuer = "cp-platform";
    public const string Audience = "cp-platform-api";
    private const string DefaultAdminClientId = "platform-admin";

    private string? _privateKeyPem;
    private string? _publicKeyPem;
    private AdminClient? _admin;

    public string PrivateKeyPem => _privateKeyPem ?? throw NotLoaded();
    public string PublicKeyPem => _publicKeyPem ?? throw NotLoaded();
    public string AdminClientId => (_admin ?? throw NotLoaded()).ClientId;
    public string AdminClientSecret => (_admin ?? throw NotLoaded()).ClientSecret;
    public string AdminCredentialsPath { get; private set; } = "";
    public bool CreatedNow { get; private set; }

    internal void LoadOrCreate(string dataDirectory)
    {
        var keyPath = Path.Combine(dataDirectory, "keys", "gateway-signing-key.pem");
        AdminCredentialsPath = Path.Combine(dataDirectory, "admin-client.json");
        Directory.CreateDirectory(Path.GetDirectoryName(keyPath)!);

        using var rsa = RSA.Create();
        if (File.Exists(keyPath))
        {
            rsa.ImportFromPem(File.ReadAllText(keyPath));
        }
        else
        {
            rsa.KeySize = 2048;
            WriteSecret(keyPath, rsa.ExportPkcs8PrivateKeyPem());
            CreatedNow = true;
        }
        _privateKeyPem = rsa.ExportPkcs8PrivateKeyPem();
        _publicKeyPem = rsa.ExportSubjectPublicKeyInfoPem();

        if (File.Exists(AdminCredentialsPath))
        {
            _admin = JsonSerializer.Deserialize<AdminClient>(File.ReadAllText(AdminCredentialsPath))
                ?? throw new InvalidOperationException($"{AdminCredentialsPath} is empty.");
        }
        else
        {
            _admin = new AdminClient(DefaultAdminClientId, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
            WriteSecret(AdminCredentialsPath, JsonSerializer.Serialize(_admin, new JsonSerializerOptions { WriteIndented = true }));
            CreatedNow = true;
        }
    }

    private static void WriteSecret(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static InvalidOperationException NotLoaded() => new("The platform identity is read when the AppHost starts.");

    private sealed record AdminClient(
        [property: System.Text.Json.Serialization.JsonPropertyName("client_id")] string ClientId,
        [property: System.Text.Json.Serialization.JsonPropertyName("client_secret")] string ClientSecret);
}
