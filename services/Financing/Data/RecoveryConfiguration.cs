using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class RecoveryConfiguration : IEntityTypeConfiguration<Recovery>
{
    public void Configure(EntityTypeBuilder<Recovery> builder)
    {
        builder.HasKey(recovery => recovery.Id);
        builder.Property(recovery => recovery.Id).ValueGeneratedNever();
        builder.Property(recovery => recovery.Amount).HasPrecision(18, 2);
        builder.Property(recovery => recovery.SharedBack).HasPrecision(18, 2);
        builder.Property(recovery => recovery.BankId).HasMaxLength(64);
        builder.Property(recovery => recovery.RecordedBy).HasMaxLength(200);
        builder.HasOne<Loan>().WithMany().HasForeignKey(recovery => recovery.LoanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(recovery => recovery.FacilityId);
    }
}
