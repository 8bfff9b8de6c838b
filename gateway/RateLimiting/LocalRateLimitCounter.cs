using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.RateLimiting;

/// <summary>The same fixed window counted in this process only: the stand-in while Redis is unreachable.</summary>
internal sealed class LocalRateLimitCounter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LocalRateLimitCounter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(partition,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 }));
    }

    public RateLimitDecision Acquire(string partition)
    {
        using var lease = _limiter.AttemptAcquire(partition);
        if (lease.IsAcquired)
        {
            return RateLimitDecision.Allow;
        }
        return new RateLimitDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _limiter.Dispose();
}
