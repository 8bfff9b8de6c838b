using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasKey(enrollment => enrollment.Id);
        builder.Property(enrollment => enrollment.Id).ValueGeneratedNever();
        builder.Property(enrollment => enrollment.CenterId).HasMaxLength(64);
        builder.Property(enrollment => enrollment.Name).HasMaxLength(200);
        builder.Property(enrollment => enrollment.Email).HasMaxLength(254);
        builder.Property(enrollment => enrollment.Organisation).HasMaxLength(200);
        builder.Property(enrollment => enrollment.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(enrollment => enrollment.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(enrollment => enrollment.FeeStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(enrollment => enrollment.CancellationReason).HasMaxLength(500);
        builder.Ignore(enrollment => enrollment.HoldsSeat);
        builder.HasOne<Offering>().WithMany().HasForeignKey(enrollment => enrollment.OfferingId).OnDelete(DeleteBehavior.Restrict);
        // One live enrollment per person and offering, even when two requests race past the lookup.
        builder.HasIndex(enrollment => new { enrollment.OfferingId, enrollment.Email }).IsUnique().HasFilter("status <> 'Cancelled'");
        builder.HasIndex(enrollment => new { enrollment.OfferingId, enrollment.Status, enrollment.RequestedAt });
        builder.HasIndex(enrollment => enrollment.Email);
    }
}
