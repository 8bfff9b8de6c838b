using CpPlatform.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Monitoring.Data;

internal sealed class RecordedActivityConfiguration : IEntityTypeConfiguration<RecordedActivity>
{
    public void Configure(EntityTypeBuilder<RecordedActivity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => new { a.Activity, a.Key });
        builder.Property(a => a.Activity).HasMaxLength(64);
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.Property(a => a.CenterId).HasMaxLength(64);
        builder.Property(a => a.Kind).HasMaxLength(100);
        builder.Property(a => a.Category).HasMaxLength(100);
        builder.Property(a => a.Person).HasMaxLength(64);
        builder.Property(a => a.GroupKey).HasMaxLength(200);
        // Unrounded, as the owning service sends it: sums round only when shown.
        builder.Property(a => a.Amount).HasColumnType("numeric");
        // Every measure reads one activity, the rows that count, by center and day.
        builder.HasIndex(a => new { a.Activity, a.CenterId, a.On }).HasFilter("counts");
    }
}
