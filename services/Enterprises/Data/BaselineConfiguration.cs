using CpPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Enterprises.Data;

internal sealed class BaselineConfiguration : IEntityTypeConfiguration<Baseline>
{
    public void Configure(EntityTypeBuilder<Baseline> builder)
    {
        builder.ToTable("enterprise_baselines");
        builder.HasKey(baseline => baseline.Id);
        builder.Property(baseline => baseline.Id).ValueGeneratedNever();
        builder.Ignore(baseline => baseline.Indicators);
        foreach (var quantity in new[]
                 {
                     nameof(Baseline.EnergyKwh), nameof(Baseline.WaterM3), nameof(Baseline.MaterialsT), nameof(Baseline.WasteT),
                     nameof(Baseline.HazardousWasteT), nameof(Baseline.WastewaterM3), nameof(Baseline.EmissionsTco2e),
                 })
        {
            builder.Property<decimal>(quantity).HasPrecision(20, 4);
        }
        builder.ComplexProperty(baseline => baseline.Output, output =>
        {
            output.Property(o => o.Quantity).HasPrecision(20, 4);
            output.Property(o => o.Unit).HasMaxLength(40);
        });
        builder.Property(baseline => baseline.RecordedBy).HasMaxLength(200);
        builder.HasIndex(baseline => new { baseline.EnterpriseId, baseline.PeriodStart, baseline.PeriodEnd }).IsUnique();
    }
}
