using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Tests.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Tests.Data;

/// <summary>
/// Contexts are pooled and outlive a request, so the caller the center filter reads must be the renting scope's,
/// never the one of the request that used the same context before.
/// </summary>
public class PooledContextTests
{
    [Fact]
    public async Task A_context_reused_by_the_next_scope_carries_that_scopes_caller()
    {
        using var host = BuildHost();
        var (firstContext, firstCaller) = await RentAsync(host.Services);
        var (secondContext, secondCaller) = await RentAsync(host.Services);

        Assert.Same(firstContext, secondContext);
        Assert.NotSame(firstCaller, secondCaller);
        Assert.Equal("center-2", secondCaller.RestrictedToCenter);
    }

    [Fact]
    public async Task A_returned_context_has_no_caller_and_refuses_to_filter()
    {
        using var host = BuildHost();
        var (context, _) = await RentAsync(host.Services);

        var refused = Assert.Throws<InvalidOperationException>(() => context.Client);
        Assert.Contains("no caller", refused.Message);
    }

    // Returns the context a scope rented, after the scope ended, with the caller it held while rented.
    private static async Task<(TallyDbContext Context, ICurrentClient Caller)> RentAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
        var caller = context.Client;
        Assert.Same(scope.ServiceProvider.GetRequiredService<ICurrentClient>(), caller);
        return (context, caller);
    }

    private static IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "tally" });
        // The context never connects here: renting and returning it opens no connection.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:tally-db"] = "Host=127.0.0.1;Database=unused" });
        var rented = 0;
        builder.Services.AddScoped<ICurrentClient>(_ => new CenterCaller($"center-{Interlocked.Increment(ref rented)}"));
        builder.AddServiceDatabase<TallyDbContext>("tally-db");
        return builder.Build();
    }

    private sealed class CenterCaller(string centerId) : ICurrentClient
    {
        public string ClientId => $"app-of-{centerId}";
        public ClientKind? Kind => ClientKind.Center;
        public string? CenterId => centerId;
        public string? BankId => null;
        public string? DonorId => null;
        public IReadOnlySet<string> Scopes => new HashSet<string>();
        public string? RestrictedToCenter => centerId;
    }
}
