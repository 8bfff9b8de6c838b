using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Data;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<EnterpriseSnapshot> Enterprises => Set<EnterpriseSnapshot>();
    public DbSet<CertifiedConsultant> Roster => Set<CertifiedConsultant>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<BoardMember> BoardMembers => Set<BoardMember>();
    public DbSet<BoardMeeting> BoardMeetings => Set<BoardMeeting>();
    public DbSet<ExpertQuestion> Questions => Set<ExpertQuestion>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.HasCenterTimeZones().ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
}
