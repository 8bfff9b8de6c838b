namespace CpPlatform.Gateway.RateLimiting;

/// <summary>One count a request is charged to: whose window (client id or address) and how many requests it allows.</summary>
public readonly record struct RateLimitRule(string Partition, int PermitLimit);
