using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.RateLimiting;

/// <summary>The same fixed window counted in this process only: the stand-in while Redis is unreachable.</summary>
internal sealed class LocalRateLimitCounter : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitRule> _limiter;

    public LocalRateLimitCounter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<RateLimitRule, RateLimitRule>(rule => RateLimitPartition.GetFixedWindowLimiter(rule,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = rule.PermitLimit, Window = settings.Window, QueueLimit = 0 }));
    }

    public RateLimitDecision Acquire(RateLimitRule rule)
    {
        using var lease = _limiter.AttemptAcquire(rule);
        if (lease.IsAcquired)
        {
            return RateLimitDecision.Allow;
        }
        return new RateLimitDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _limiter.Dispose();
}
