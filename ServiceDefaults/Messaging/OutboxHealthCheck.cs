using CpPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;

namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Degraded while outbox rows are set aside: the service works, but other services are missing events from it until
/// an operator looks (operators see the count in <c>/health</c>; the rows hold the reason in <c>last_error</c>).
/// </summary>
internal sealed class OutboxHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Probes come every few seconds; their queries would bury the real ones in traces.
        using var untraced = SuppressInstrumentationScope.Begin();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var setAside = await db.OutboxMessages.CountAsync(message => message.SetAsideAt != null, cancellationToken);
        return setAside == 0
            ? HealthCheckResult.Healthy("No outbox message is set aside.")
            : HealthCheckResult.Degraded(
                $"{setAside} outbox message(s) set aside as unreadable and not published: see outbox_messages where set_aside_at is set.",
                data: new Dictionary<string, object> { ["setAside"] = setAside });
    }
}
