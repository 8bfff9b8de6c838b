using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> builder)
    {
        builder.HasKey(offering => offering.Id);
        builder.Property(offering => offering.Id).ValueGeneratedNever();
        builder.Property(offering => offering.CenterId).HasMaxLength(64);
        builder.Property(offering => offering.Place).HasMaxLength(200);
        builder.Property(offering => offering.Country).HasMaxLength(2).IsFixedLength();
        builder.PrimitiveCollection(offering => offering.Instructors);
        builder.HasOne<Course>().WithMany().HasForeignKey(offering => offering.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(offering => offering.Sessions).WithOne().HasForeignKey(session => session.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(offering => new { offering.CenterId, offering.StartsOn });
    }
}
