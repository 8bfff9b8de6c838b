using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class AccreditationExamConfiguration : IEntityTypeConfiguration<AccreditationExam>
{
    public void Configure(EntityTypeBuilder<AccreditationExam> builder)
    {
        builder.ToTable("accreditation_exams");
        builder.HasKey(exam => exam.Id);
        builder.Property(exam => exam.Id).ValueGeneratedNever();
        builder.Property(exam => exam.Email).HasMaxLength(254);
        builder.Property(exam => exam.Name).HasMaxLength(200);
        builder.Property(exam => exam.RecordedBy).HasMaxLength(200);
        builder.HasIndex(exam => exam.Email);
    }
}
