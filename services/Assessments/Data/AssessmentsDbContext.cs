using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Data;

public sealed class AssessmentsDbContext(DbContextOptions<AssessmentsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<EnterpriseSnapshot> Enterprises => Set<EnterpriseSnapshot>();
    public DbSet<PreAssessment> PreAssessments => Set<PreAssessment>();
    public DbSet<DemonstrationProject> Projects => Set<DemonstrationProject>();
    public DbSet<ProjectOption> Options => Set<ProjectOption>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.HasCenterTimeZones().ApplyConfigurationsFromAssembly(typeof(AssessmentsDbContext).Assembly);
}
