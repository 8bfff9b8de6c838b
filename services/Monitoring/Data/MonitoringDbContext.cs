using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Monitoring.Data;

public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : ServiceDbContext(options)
{
    public DbSet<RecordedActivity> Activities => Set<RecordedActivity>();
    public DbSet<ActivityReplay> Replays => Set<ActivityReplay>();
    public DbSet<FundedProgram> Programs => Set<FundedProgram>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ManualReport> ManualReports => Set<ManualReport>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.HasCenterTimeZones().ApplyConfigurationsFromAssembly(typeof(MonitoringDbContext).Assembly);
}
