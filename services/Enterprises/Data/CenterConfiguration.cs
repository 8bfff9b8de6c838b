using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Enterprises.Data;

internal sealed class CenterConfiguration : IEntityTypeConfiguration<Center>
{
    public void Configure(EntityTypeBuilder<Center> builder)
    {
        builder.HasKey(center => center.Id);
        builder.Property(center => center.Id).HasMaxLength(64);
        builder.Property(center => center.Name).HasMaxLength(200);
        builder.Property(center => center.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(center => center.ReportingCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(center => center.TimeZone).HasMaxLength(TimeZones.MaxIdLength);
        // Of two updates made from one revision, the second answers 409: both would announce the same revision, and
        // every other service keeps the first copy it applies, so they would disagree with this one for good.
        builder.Property(center => center.Revision).IsConcurrencyToken();
        builder.ComplexProperty(center => center.SizeRule, rule =>
        {
            rule.Property(r => r.SmeBelowAnnualSalesUsd).HasPrecision(18, 2);
        });
    }
}
