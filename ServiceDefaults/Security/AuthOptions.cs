namespace CpPlatform.ServiceDefaults.Security;

/// <summary>How services check gateway-issued tokens (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An absolute URI, as OAuth2 servers' issuers are.</summary>
    public string Issuer { get; set; } = "urn:cp-platform";

    public string Audience { get; set; } = "cp-platform-api";

    /// <summary>
    /// The gateway's OpenID Connect discovery document (<c>http://gateway/.well-known/openid-configuration</c> under the
    /// AppHost, found by service discovery): its JWKS gives the signing keys, re-read as the gateway rotates them.
    /// </summary>
    public string? MetadataAddress { get; set; }

    /// <summary>
    /// How many valid tokens a service remembers (each until it expires), so a client's repeated calls are not checked
    /// afresh every time; 0 checks every call afresh.
    /// </summary>
    public int RememberedTokens { get; set; } = 10_000;
}
