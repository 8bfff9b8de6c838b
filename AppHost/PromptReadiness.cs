using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpPlatform.AppHost;

/// <summary>
/// Notices within a fifth of a second that a starting resource has become ready. Aspire checks a resource that is not
/// yet healthy 1, 2, 3, 4 and then 5 seconds apart, so one that became ready just after a check waited up to 5 s to be
/// seen, and everything waiting for it waited too. Measured on a cold start here: RabbitMQ accepted connections 2 s
/// before Aspire saw it healthy (every service waits for it), and services answered <c>/health</c> up to 5 s before.
/// </summary>
/// <remarks>
/// Every resource health check (Aspire's HTTP checks and the servers' own) is wrapped: until it has passed once, one
/// run of it tries again every <see cref="Interval"/> for up to <see cref="Patience"/> before answering; once it has
/// passed, it answers at once, so a failure later on shows at Aspire's next check as before.
/// </remarks>
public static class PromptReadiness
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static IDistributedApplicationBuilder NoticeReadinessPromptly(this IDistributedApplicationBuilder builder)
    {
        // Post-configured: after every resource has added its check, whatever the order of the calls.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                var create = registration.Factory;
                var passed = new PassedOnce();
                registration.Factory = services => new UntilFirstPass(() => create(services), passed, Interval, Patience);
            }
        });
        return builder;
    }

    /// <summary>Whether a check has passed once; shared by the instances the registration creates for each run.</summary>
    internal sealed class PassedOnce
    {
        public volatile bool Value;
    }

    /// <summary>One run of a check; each try is a fresh instance of it, as each of Aspire's runs is.</summary>
    internal sealed class UntilFirstPass(Func<IHealthCheck> create, PassedOnce passed, TimeSpan interval, TimeSpan patience) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var started = TimeProvider.System.GetTimestamp();
            while (true)
            {
                HealthCheckResult result;
                try
                {
                    result = await create().CheckHealthAsync(context, cancellationToken);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // As Aspire reports a check that throws (a server whose connection string is not known yet).
                    result = HealthCheckResult.Unhealthy(exception.Message, exception);
                }
                if (result.Status == HealthStatus.Healthy)
                {
                    passed.Value = true;
                }
                if (passed.Value || TimeProvider.System.GetElapsedTime(started) + interval > patience)
                {
                    return result;
                }
                await Task.Delay(interval, cancellationToken);
            }
        }
    }
}
