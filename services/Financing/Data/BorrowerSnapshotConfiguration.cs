using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class BorrowerSnapshotConfiguration : IEntityTypeConfiguration<BorrowerSnapshot>
{
    public void Configure(EntityTypeBuilder<BorrowerSnapshot> builder)
    {
        builder.ToTable("enterprise_snapshots");
        builder.HasKey(borrower => borrower.EnterpriseId);
        builder.Property(borrower => borrower.EnterpriseId).ValueGeneratedNever();
        builder.Property(borrower => borrower.CenterId).HasMaxLength(64);
        builder.Property(borrower => borrower.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(borrower => borrower.TaxId).HasMaxLength(40);
        builder.HasIndex(borrower => new { borrower.Country, borrower.TaxId });
    }
}
