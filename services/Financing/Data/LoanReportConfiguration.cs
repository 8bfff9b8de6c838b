using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class LoanReportConfiguration : IEntityTypeConfiguration<LoanReport>
{
    public void Configure(EntityTypeBuilder<LoanReport> builder)
    {
        builder.HasKey(report => report.Id);
        builder.Property(report => report.Id).ValueGeneratedNever();
        builder.Property(report => report.OutstandingPrincipal).HasPrecision(18, 2);
        builder.Property(report => report.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(report => report.BankId).HasMaxLength(64);
        builder.Property(report => report.ReportedBy).HasMaxLength(200);
        builder.HasOne<Loan>().WithMany().HasForeignKey(report => report.LoanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(report => new { report.LoanId, report.AsOf });
    }
}
