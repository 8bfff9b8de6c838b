using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Data;

public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Offering> Offerings => Set<Offering>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<ConsultantScore> ConsultantScores => Set<ConsultantScore>();
    public DbSet<AccreditationExam> Exams => Set<AccreditationExam>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateSequence> CertificateSequences => Set<CertificateSequence>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.HasCenterTimeZones().ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
}
