using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Events.Data;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CenterId).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.Property(e => e.OnlineLink).HasMaxLength(500);
        builder.Property(e => e.PlannedBy).HasMaxLength(200);
        builder.HasIndex(e => new { e.CenterId, e.StartsAt });
        builder.HasIndex(e => e.EndsAt).HasFilter("is_public");
    }
}
