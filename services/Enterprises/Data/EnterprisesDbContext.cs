using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Enterprises.Data;

public sealed class EnterprisesDbContext(DbContextOptions<EnterprisesDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Center> Centers => Set<Center>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Baseline> Baselines => Set<Baseline>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnterprisesDbContext).Assembly);
}
