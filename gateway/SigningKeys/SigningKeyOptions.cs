namespace CpPlatform.Gateway.SigningKeys;

/// <summary>Signing key settings (configuration section <c>Gateway:SigningKeys</c>).</summary>
public sealed class SigningKeyOptions
{
    public const string Section = "Gateway:SigningKeys";

    /// <summary>How often the gateway re-reads its keys: another instance's rotation and retired keys' removal show within it.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a replaced key stays published: its tokens must have expired by then. Unset, it is the token lifetime
    /// plus five minutes for clock skew and for services' cached metadata.
    /// </summary>
    public TimeSpan? RetiredKeyLifetime { get; set; }
}
