namespace CpPlatform.Gateway.Tokens;

/// <summary>The gateway's half of the <c>Auth</c> section: the private key only the gateway holds.</summary>
public sealed class SigningKeyOptions
{
    public const string Section = "Auth";

    /// <summary>RSA private key, PEM (PKCS#8 <c>BEGIN PRIVATE KEY</c>, or PKCS#1 <c>BEGIN RSA PRIVATE KEY</c>).</summary>
    public string? SigningPrivateKey { get; set; }
}
