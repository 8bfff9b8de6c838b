using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.Gateway.Tokens;

/// <summary>The RSA key tokens are signed with, imported once from <c>Auth:SigningPrivateKey</c>.</summary>
public sealed class TokenSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create();

    public TokenSigningKey(IOptions<SigningKeyOptions> options)
    {
        _rsa.ImportFromPem(options.Value.SigningPrivateKey);
        // The key id lets services pick the right key once the gateway rotates keys and publishes several.
        var key = new RsaSecurityKey(_rsa) { KeyId = KeyId(_rsa) };
        Credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    public SigningCredentials Credentials { get; }

    public static string KeyId(RSA rsa) => Base64Url.EncodeToString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];

    public void Dispose() => _rsa.Dispose();
}
