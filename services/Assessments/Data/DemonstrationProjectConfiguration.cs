using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Assessments.Data;

internal sealed class DemonstrationProjectConfiguration : IEntityTypeConfiguration<DemonstrationProject>
{
    public void Configure(EntityTypeBuilder<DemonstrationProject> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(project => project.Id);
        builder.Property(project => project.Id).ValueGeneratedNever();
        // PostgreSQL's row version: of two concurrent changes, the second answers 409 instead of overwriting the first.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(project => project.CenterId).HasMaxLength(64);
        builder.Property(project => project.Phase).HasConversion<string>().HasMaxLength(40);
        builder.Property(project => project.SelectedBy).HasMaxLength(200);
        builder.Ignore(project => project.IsOpen);
        builder.Ignore(project => project.Economics);
        builder.ComplexProperty(project => project.Criteria, criteria => criteria.Ignore(c => c.AllHold));
        builder.ComplexProperty(project => project.CostShare, costShare =>
        {
            costShare.Property(c => c.ProjectCost).HasPrecision(18, 2);
            costShare.Property(c => c.CompanyPays).HasPrecision(18, 2);
            costShare.Property(c => c.ProgramPays).HasPrecision(18, 2);
        });
        // Sums of many options' amounts: numeric without a precision, so no sum ever overflows its column.
        builder.ComplexProperty(project => project.OptionTotals);
        builder.OwnsMany(project => project.Consultants, consultants => consultants.ToJson("consultants"));
        builder.OwnsMany(project => project.Scores, scores => scores.ToJson("scores"));
        builder.OwnsMany(project => project.PhaseHistory, history =>
        {
            history.ToJson("phase_history");
            history.Property(change => change.From).HasConversion<string>();
            history.Property(change => change.To).HasConversion<string>();
        });
        builder.OwnsOne(project => project.Baseline, baseline => baseline.ToJson("baseline"));
        builder.OwnsOne(project => project.After, after => after.ToJson("after"));
        builder.HasMany(project => project.Options).WithOne().HasForeignKey(option => option.ProjectId);
        builder.HasOne<EnterpriseSnapshot>().WithMany().HasForeignKey(project => project.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(project => new { project.CenterId, project.SelectedAt });
        builder.HasIndex(project => project.VerifiedAt).HasFilter("verified_at IS NOT NULL");
    }
}
