using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.HasKey(claim => claim.Id);
        builder.Property(claim => claim.Id).ValueGeneratedNever();
        builder.Property(claim => claim.OutstandingAtDefault).HasPrecision(18, 2);
        builder.Property(claim => claim.Recoveries).HasPrecision(18, 2);
        builder.Property(claim => claim.ClaimAmount).HasPrecision(18, 2);
        builder.Property(claim => claim.BankId).HasMaxLength(64);
        builder.Property(claim => claim.FiledBy).HasMaxLength(200);
        builder.HasOne<Loan>().WithOne().HasForeignKey<Claim>(claim => claim.LoanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(claim => claim.FacilityId);
    }
}
