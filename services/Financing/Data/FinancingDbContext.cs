using System.Linq.Expressions;
using System.Reflection;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Data;

/// <summary>
/// Financing's data. Besides the center filter every service has, every <see cref="IBankOwned"/> row is filtered to
/// the calling bank, so another bank's facility, loan, report, claim or recovery does not exist for a bank (404).
/// </summary>
public sealed class FinancingDbContext(DbContextOptions<FinancingDbContext> options) : ServiceDbContext(options)
{
    /// <summary>The query filter that keeps a bank to its own rows, by name, for the one read meant to cross banks.</summary>
    public const string BankFilter = "bank";

    private static readonly MethodInfo ApplyBankFilterMethod =
        typeof(FinancingDbContext).GetMethod(nameof(ApplyBankFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public DbSet<BorrowerSnapshot> Borrowers => Set<BorrowerSnapshot>();
    public DbSet<VerifiedEvidence> Evidence => Set<VerifiedEvidence>();
    public DbSet<Bank> Banks => Set<Bank>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<LoanReport> LoanReports => Set<LoanReport>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Recovery> Recoveries => Set<Recovery>();

    /// <summary>
    /// Read by the bank filter for each query: the one bank a bank client may see (none when its token names no bank),
    /// or null for national staff, the admin and the service itself (message consumers), who see every bank.
    /// </summary>
    private string? RestrictedToBank => Client.Kind == ClientKind.Bank ? Client.BankId ?? "" : null;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FinancingDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => typeof(IBankOwned).IsAssignableFrom(entity.ClrType)).ToList())
        {
            ApplyBankFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private void ApplyBankFilter<TEntity>(ModelBuilder modelBuilder) where TEntity : class, IBankOwned
    {
        Expression<Func<TEntity, bool>> filter = entity => RestrictedToBank == null || entity.BankId == RestrictedToBank;
        modelBuilder.Entity<TEntity>().HasQueryFilter(BankFilter, filter);
    }
}
