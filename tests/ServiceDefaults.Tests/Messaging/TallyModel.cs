using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CpPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A message whose every application is visible: it adds one to a tally, and refuses to take a tally beyond
/// <paramref name="AtMost"/> when it names one (a rule that a repeated message breaks).
/// </summary>
public sealed record TallyIncremented(string TallyId, int? AtMost = null);

public sealed class Tally
{
    public required string Id { get; init; }
    public int Count { get; set; }
}

/// <summary>A minimal service database built on <see cref="ServiceDbContext"/>, with its own committed migration.</summary>
public sealed class TallyDbContext(DbContextOptions<TallyDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Tally>().HasKey(tally => tally.Id);
}

/// <summary>Code outside any request acts as the system: it sees every center.</summary>
public sealed class SystemClient : ICurrentClient
{
    public string ClientId => "system";
    public ClientKind? Kind => null;
    public string? CenterId => null;
    public string? BankId => null;
    public string? DonorId => null;
    public IReadOnlySet<string> Scopes => new HashSet<string>();
    public string? RestrictedToCenter => null;
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
public sealed class TallyDbContextFactory : IDesignTimeDbContextFactory<TallyDbContext>
{
    public TallyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TallyDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options) { Client = new SystemClient() };
}
