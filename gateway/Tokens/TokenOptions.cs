namespace CpPlatform.Gateway.Tokens;

/// <summary>Token settings (configuration section <c>Gateway</c>).</summary>
public sealed class TokenOptions
{
    public const string Section = "Gateway";

    /// <summary>Short, because a revoked client keeps the tokens it already holds until they expire.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
