using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Assessments.Data;

internal sealed class ProjectOptionConfiguration : IEntityTypeConfiguration<ProjectOption>
{
    public void Configure(EntityTypeBuilder<ProjectOption> builder)
    {
        builder.ToTable("options");
        builder.HasKey(option => option.Id);
        builder.Property(option => option.Id).ValueGeneratedNever();
        // PostgreSQL's row version: of two concurrent changes, the second answers 409 instead of overwriting the first.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(option => option.CenterId).HasMaxLength(64);
        builder.Property(option => option.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(option => option.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(option => option.RejectionReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(option => option.Description).HasMaxLength(4000);
        builder.Property(option => option.UpdatedBy).HasMaxLength(200);
        foreach (var money in new[]
                 {
                     nameof(ProjectOption.Investment), nameof(ProjectOption.AnnualSavings), nameof(ProjectOption.ActualInvestment),
                     nameof(ProjectOption.VerifiedAnnualSavings), nameof(ProjectOption.ImplementedInvestment), nameof(ProjectOption.ImplementedAnnualSavings),
                 })
        {
            builder.Property(money).HasPrecision(18, 2);
        }
        builder.Ignore(option => option.IsRecommended);
        builder.Ignore(option => option.IsImplemented);
        builder.ComplexProperty(option => option.Reductions);
        builder.HasIndex(option => new { option.ProjectId, option.Status });
    }
}
