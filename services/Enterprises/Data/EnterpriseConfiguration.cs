using CpPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Enterprises.Data;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.HasKey(enterprise => enterprise.Id);
        builder.Property(enterprise => enterprise.Id).ValueGeneratedNever();
        builder.Property(enterprise => enterprise.CenterId).HasMaxLength(64);
        builder.HasOne<Center>().WithMany().HasForeignKey(enterprise => enterprise.CenterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(enterprise => enterprise.LegalName).HasMaxLength(300);
        builder.Property(enterprise => enterprise.TaxId).HasMaxLength(40);
        builder.Property(enterprise => enterprise.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(enterprise => enterprise.State).HasMaxLength(100);
        builder.Property(enterprise => enterprise.Municipality).HasMaxLength(100);
        builder.Property(enterprise => enterprise.Watershed).HasMaxLength(100);
        builder.Property(enterprise => enterprise.Subsector).HasMaxLength(100);
        builder.Property(enterprise => enterprise.Sector).HasConversion<string>().HasMaxLength(40);
        builder.Property(enterprise => enterprise.SizeClass).HasConversion<string>().HasMaxLength(20);
        builder.Property(enterprise => enterprise.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(enterprise => enterprise.AnnualSalesUsd).HasPrecision(18, 2);
        builder.Property(enterprise => enterprise.Revision).IsConcurrencyToken();
        builder.ComplexProperty(enterprise => enterprise.PublishResults);
        builder.ComplexProperty(enterprise => enterprise.ShareWithBanks);
        builder.OwnsMany(enterprise => enterprise.Contacts, contacts => contacts.ToJson("contacts"));
        builder.HasMany(enterprise => enterprise.Baselines).WithOne().HasForeignKey(baseline => baseline.EnterpriseId);

        // The same tax id may not be registered twice in one country, whichever center registers it.
        builder.HasIndex(enterprise => new { enterprise.Country, enterprise.TaxId }).IsUnique();
        builder.HasIndex(enterprise => new { enterprise.CenterId, enterprise.LegalName });
    }
}
