using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class BankConfiguration : IEntityTypeConfiguration<Bank>
{
    public void Configure(EntityTypeBuilder<Bank> builder)
    {
        builder.HasKey(bank => bank.Id);
        builder.Property(bank => bank.Id).HasMaxLength(64);
        builder.Property(bank => bank.Name).HasMaxLength(200);
        builder.Property(bank => bank.Country).HasMaxLength(2).IsFixedLength();
    }
}
