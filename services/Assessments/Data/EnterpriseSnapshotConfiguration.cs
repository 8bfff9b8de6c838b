using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Assessments.Data;

internal sealed class EnterpriseSnapshotConfiguration : IEntityTypeConfiguration<EnterpriseSnapshot>
{
    public void Configure(EntityTypeBuilder<EnterpriseSnapshot> builder)
    {
        builder.ToTable("enterprise_snapshots");
        builder.HasKey(enterprise => enterprise.EnterpriseId);
        builder.Property(enterprise => enterprise.EnterpriseId).ValueGeneratedNever();
        builder.Property(enterprise => enterprise.CenterId).HasMaxLength(64);
        builder.Property(enterprise => enterprise.LegalName).HasMaxLength(300);
        builder.Property(enterprise => enterprise.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(enterprise => enterprise.TaxId).HasMaxLength(40);
        builder.Property(enterprise => enterprise.Sector).HasMaxLength(40);
        builder.Property(enterprise => enterprise.SizeClass).HasMaxLength(20);
        builder.Property(enterprise => enterprise.Stage).HasMaxLength(40);
        builder.HasIndex(enterprise => new { enterprise.CenterId, enterprise.Sector });
    }
}
