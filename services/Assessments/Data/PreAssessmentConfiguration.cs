using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Assessments.Data;

internal sealed class PreAssessmentConfiguration : IEntityTypeConfiguration<PreAssessment>
{
    public void Configure(EntityTypeBuilder<PreAssessment> builder)
    {
        builder.HasKey(preAssessment => preAssessment.Id);
        builder.Property(preAssessment => preAssessment.Id).ValueGeneratedNever();
        builder.Property(preAssessment => preAssessment.CenterId).HasMaxLength(64);
        builder.Property(preAssessment => preAssessment.Specialist).HasMaxLength(200);
        builder.Property(preAssessment => preAssessment.Findings).HasMaxLength(8000);
        builder.Property(preAssessment => preAssessment.RecordedBy).HasMaxLength(200);
        builder.Ignore(preAssessment => preAssessment.Qualifies);
        builder.ComplexProperty(preAssessment => preAssessment.Criteria, criteria => criteria.Ignore(c => c.AllHold));
        builder.HasOne<EnterpriseSnapshot>().WithMany().HasForeignKey(preAssessment => preAssessment.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(preAssessment => new { preAssessment.CenterId, preAssessment.Date });
    }
}
