namespace CpPlatform.Gateway.RateLimiting;

/// <summary>Requests each client may make per window (configuration section <c>Gateway:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimit";

    public int PermitLimit { get; set; } = 600;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Redis key prefix; gateway instances of one deployment share it, and so share the counts.</summary>
    public string KeyPrefix { get; set; } = "gateway:rate-limit";
}
