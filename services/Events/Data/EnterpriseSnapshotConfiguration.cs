using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Events.Data;

internal sealed class EnterpriseSnapshotConfiguration : IEntityTypeConfiguration<EnterpriseSnapshot>
{
    public void Configure(EntityTypeBuilder<EnterpriseSnapshot> builder)
    {
        builder.ToTable("enterprise_snapshots");
        builder.HasKey(e => e.EnterpriseId);
        builder.Property(e => e.EnterpriseId).ValueGeneratedNever();
        builder.Property(e => e.CenterId).HasMaxLength(64);
        builder.Property(e => e.LegalName).HasMaxLength(300);
        builder.Property(e => e.Sector).HasMaxLength(40);
    }
}
