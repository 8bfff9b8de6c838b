namespace CpPlatform.Gateway.RateLimiting;

/// <summary>Whether one more request fits in the caller's window, and if not, when the window reopens.</summary>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allow => new(true, TimeSpan.Zero);
}
