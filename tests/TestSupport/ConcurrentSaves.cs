using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>Two units of work that read the same rows before either saves, as two consumers handling messages at once do.</summary>
public static class ConcurrentSaves
{
    /// <summary>
    /// Runs both changes, each in a context of its own, before either saves; then <paramref name="savedFirst"/> saves, and
    /// <paramref name="savedSecond"/>'s save, made from what it read before, must be refused rather than write over it.
    /// </summary>
    public static async Task AssertTheSecondIsRefusedAsync<TContext>(
        IServiceProvider services, Func<TContext, Task> savedFirst, Func<TContext, Task> savedSecond)
        where TContext : DbContext
    {
        await using var firstScope = services.CreateAsyncScope();
        await using var secondScope = services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<TContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<TContext>();

        await savedSecond(second);
        await savedFirst(first);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
