namespace CpPlatform.ServiceDefaults.Security;

/// <summary>How services check gateway-issued tokens (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "cp-platform";
    public string Audience { get; set; } = "cp-platform-api";

    /// <summary>The gateway's RSA public key (PEM). Services never hold the private key.</summary>
    public string? SigningPublicKey { get; set; }
}
