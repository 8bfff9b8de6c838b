using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Data;

public sealed class FinancingDbContext(DbContextOptions<FinancingDbContext> options, ICurrentClient client)
    : ServiceDbContext(options, client)
{
    public DbSet<BorrowerSnapshot> Borrowers => Set<BorrowerSnapshot>();
    public DbSet<VerifiedEvidence> Evidence => Set<VerifiedEvidence>();
    public DbSet<Bank> Banks => Set<Bank>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<LoanReport> LoanReports => Set<LoanReport>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Recovery> Recoveries => Set<Recovery>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FinancingDbContext).Assembly);
}
