using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.HasKey(course => course.Id);
        builder.Property(course => course.Id).ValueGeneratedNever();
        builder.Property(course => course.CenterId).HasMaxLength(64);
        builder.Property(course => course.Code).HasMaxLength(40);
        builder.Property(course => course.Title).HasMaxLength(200);
        builder.Property(course => course.Fee).HasPrecision(18, 2);
        builder.Property(course => course.Currency).HasMaxLength(3).IsFixedLength();
        builder.PrimitiveCollection(course => course.Audiences).ElementType().HasConversion<string>();
        builder.OwnsMany(course => course.Modules, modules =>
        {
            modules.ToJson("modules");
            modules.Property(module => module.Topic).HasConversion<string>();
        });
        builder.Ignore(course => course.Days);
        builder.Ignore(course => course.Phases);
        builder.Ignore(course => course.TrainsConsultants);
        builder.HasIndex(course => new { course.CenterId, course.Code }).IsUnique();
    }
}
