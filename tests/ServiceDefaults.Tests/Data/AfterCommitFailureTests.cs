using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Tests.Messaging;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpPlatform.ServiceDefaults.Tests.Data;

/// <summary>
/// Once the data is committed the caller must hear so, even when the step that follows the commit (evicting a cache
/// entry from a Redis that is down, say) fails.
/// </summary>
public sealed class AfterCommitFailureTests : IAsyncLifetime
{
    private readonly RecordingLogger _logger = new();
    private TestDatabase _database = null!;
    private FailingStep _step = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("after-commit");
        _step = new FailingStep(_logger);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_save_whose_after_commit_step_fails_still_reports_its_success()
    {
        await using (var db = NewContext())
        {
            db.Tallies.Add(new Tally { Id = "saved" });
            Assert.Equal(1, await db.SaveChangesAsync());
        }

        Assert.Equal(1, _step.Runs);
        Assert.True(await IsStoredAsync("saved"));
        AssertFailureLogged();
    }

    [Fact]
    public async Task A_commit_whose_after_commit_step_fails_still_reports_its_success()
    {
        await using (var db = NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Tallies.Add(new Tally { Id = "committed" });
            await db.SaveChangesAsync();
            Assert.Equal(0, _step.Runs);
            await transaction.CommitAsync();
        }

        Assert.Equal(1, _step.Runs);
        Assert.True(await IsStoredAsync("committed"));
        AssertFailureLogged();
    }

    private void AssertFailureLogged()
    {
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(nameof(FailingStep), entry.Message);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    private TallyDbContext NewContext() =>
        new(new DbContextOptionsBuilder<TallyDbContext>().UseNpgsql(_database.ConnectionString).AddInterceptors(_step).Options) { Client = new SystemClient() };

    private async Task<bool> IsStoredAsync(string tallyId)
    {
        await using var db = NewContext();
        return await db.Tallies.AnyAsync(tally => tally.Id == tallyId);
    }

    /// <summary>An after-commit step whose dependency is down: it runs once per commit that added a tally, and throws.</summary>
    private sealed class FailingStep(ILogger logger) : AfterCommitInterceptor<Tally>(logger)
    {
        public int Runs { get; private set; }

        protected override IEnumerable<Tally> Note(DbContext context) =>
            context.ChangeTracker.Entries<Tally>().Where(entry => entry.State == EntityState.Added).Select(entry => entry.Entity);

        protected override Task OnCommittedAsync(IReadOnlyList<Tally> notes, CancellationToken cancellationToken)
        {
            Runs++;
            throw new InvalidOperationException("The cache is unreachable.");
        }
    }
}
