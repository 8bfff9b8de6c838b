using CpPlatform.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Monitoring.Data;

internal sealed class FundedProgramConfiguration : IEntityTypeConfiguration<FundedProgram>
{
    public void Configure(EntityTypeBuilder<FundedProgram> builder)
    {
        builder.ToTable("programs");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Donor).HasMaxLength(64);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.Donor);
        // A center's programs: WHERE center_ids @> ARRAY[...].
        builder.HasIndex(p => p.CenterIds).HasMethod("gin");
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Ref).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Measure).HasMaxLength(64);
        builder.Property(i => i.MeansOfVerification).HasMaxLength(1000);
        builder.OwnsMany(i => i.Targets, targets =>
        {
            targets.ToJson("targets");
            targets.Property(t => t.Value).HasColumnType("numeric(20,4)");
        });
        builder.HasOne<FundedProgram>().WithMany().HasForeignKey(i => i.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ProgramId, i.Ref }).IsUnique();
    }
}

internal sealed class ManualReportConfiguration : IEntityTypeConfiguration<ManualReport>
{
    public void Configure(EntityTypeBuilder<ManualReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Period).HasMaxLength(7);
        builder.Property(r => r.CenterId).HasMaxLength(64);
        builder.Property(r => r.Value).HasColumnType("numeric(20,4)");
        builder.Property(r => r.Evidence).HasMaxLength(2000);
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        // One value per indicator, period and center (the whole program's included).
        builder.HasIndex(r => new { r.IndicatorId, r.Period, r.CenterId }).IsUnique().AreNullsDistinct(false);
    }
}
