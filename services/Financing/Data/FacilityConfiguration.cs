using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.HasKey(facility => facility.Id);
        builder.Property(facility => facility.Id).ValueGeneratedNever();
        builder.Property(facility => facility.BankId).HasMaxLength(64);
        builder.Property(facility => facility.Guarantor).HasMaxLength(200);
        builder.Property(facility => facility.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(facility => facility.MaxPortfolio).HasPrecision(18, 2);
        builder.Property(facility => facility.MaxLoanPerBorrower).HasPrecision(18, 2);
        builder.Property(facility => facility.PlacedPrincipal).HasPrecision(18, 2);
        builder.Property(facility => facility.CoverageRate).HasPrecision(7, 6);
        builder.Property(facility => facility.OriginationFeeRate).HasPrecision(7, 6);
        builder.Property(facility => facility.UtilizationFeeRate).HasPrecision(7, 6);
        builder.PrimitiveCollection(facility => facility.EligiblePurposes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(facility => facility.EligibleCountries);
        builder.Ignore(facility => facility.RemainingCapacity);
        builder.HasOne<Bank>().WithMany().HasForeignKey(facility => facility.BankId).OnDelete(DeleteBehavior.Restrict);
    }
}
