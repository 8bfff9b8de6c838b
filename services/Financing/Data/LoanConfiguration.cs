using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> builder)
    {
        builder.HasKey(loan => loan.Id);
        builder.Property(loan => loan.Id).ValueGeneratedNever();
        // PostgreSQL's row version: of two concurrent reports or claims, the second answers 409 instead of overwriting.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(loan => loan.BankId).HasMaxLength(64);
        builder.Property(loan => loan.CenterId).HasMaxLength(64);
        builder.Property(loan => loan.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(loan => loan.TaxId).HasMaxLength(40);
        builder.Property(loan => loan.Principal).HasPrecision(18, 2);
        builder.Property(loan => loan.GuaranteedAmount).HasPrecision(18, 2);
        builder.Property(loan => loan.OutstandingPrincipal).HasPrecision(18, 2);
        builder.Property(loan => loan.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(loan => loan.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(loan => loan.BankLoanRef).HasMaxLength(100);
        builder.Property(loan => loan.IdempotencyKey).HasMaxLength(200);
        builder.Property(loan => loan.PlacedBy).HasMaxLength(200);
        builder.HasOne<Facility>().WithMany().HasForeignKey(loan => loan.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(loan => new { loan.BankId, loan.BankLoanRef }).IsUnique();
        builder.HasIndex(loan => new { loan.BankId, loan.IdempotencyKey }).IsUnique();
        builder.HasIndex(loan => new { loan.FacilityId, loan.EnterpriseId });
    }
}
