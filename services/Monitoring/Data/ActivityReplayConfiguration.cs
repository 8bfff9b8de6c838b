using CpPlatform.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Monitoring.Data;

internal sealed class ActivityReplayConfiguration : IEntityTypeConfiguration<ActivityReplay>
{
    public void Configure(EntityTypeBuilder<ActivityReplay> builder)
    {
        builder.ToTable("activity_replays");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.HasIndex(r => r.RequestedAt);
    }
}
