using System.Collections.Concurrent;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Tests.Messaging;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CpPlatform.ServiceDefaults.Tests.Data;

/// <summary>
/// A unique index refusing a row is how services find a taken tax id or a repeated request: the caller answers 409, and
/// EF Core must not log it as an error of its own (operators would see two errors for every conflict).
/// </summary>
public sealed class ExpectedConflictLoggingTests
{
    [Fact]
    public async Task A_save_refused_by_a_unique_index_reaches_the_caller_and_is_not_logged_as_an_error()
    {
        await using var database = await TestDatabase.CreateAsync("conflict-logging");
        var logs = new CategoryRecorder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "tally" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:tally-db"] = database.ConnectionString });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<ICurrentClient, SystemClient>();
        builder.AddServiceDatabase<TallyDbContext>("tally-db");
        using var host = builder.Build();
        await host.StartAsync();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.Tallies.Add(new Tally { Id = "taken" });
            await db.SaveChangesAsync();
        }
        DbUpdateException refused;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TallyDbContext>();
            db.Tallies.Add(new Tally { Id = "taken" });
            refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await host.StopAsync();

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
        Assert.DoesNotContain(logs.Entries, entry => entry.Category.StartsWith("Microsoft.EntityFrameworkCore") && entry.Level >= LogLevel.Warning);
        // Still there for whoever turns EF Core's logs up to Debug.
        Assert.Contains(logs.Entries, entry => entry.Category == "Microsoft.EntityFrameworkCore.Database.Command" && entry.Level == LogLevel.Debug
            && entry.Message.Contains("Failed executing DbCommand"));
    }

    private sealed class CategoryRecorder : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
