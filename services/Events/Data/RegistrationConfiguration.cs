using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Events.Data;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CenterId).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Organisation).HasMaxLength(200);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CheckedInBy).HasMaxLength(200);
        builder.Ignore(r => r.IsCompanyAttendance);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        // One registration per person and event: a repeated registration finds the first.
        builder.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.RegisteredAt });
        builder.HasIndex(r => new { r.CenterId, r.CheckedInAt }).HasFilter("checked_in_at IS NOT NULL");
    }
}
