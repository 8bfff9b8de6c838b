using CpPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.ServiceDefaults.Time;

/// <summary>A center's time zone as the enterprises service announced it (its center events); read-only here.</summary>
public sealed class CenterTimeZone : IRevisionedSnapshot
{
    public string CenterId { get; init; } = "";

    /// <summary>An IANA id such as <c>America/Mexico_City</c>.</summary>
    public string TimeZone { get; set; } = "";
    public long Revision { get; set; }
}

internal sealed class CenterTimeZoneConfiguration : IEntityTypeConfiguration<CenterTimeZone>
{
    public void Configure(EntityTypeBuilder<CenterTimeZone> builder)
    {
        builder.ToTable("center_time_zones");
        builder.HasKey(zone => zone.CenterId);
        builder.Property(zone => zone.CenterId).HasMaxLength(64);
        builder.Property(zone => zone.TimeZone).HasMaxLength(TimeZones.MaxIdLength);
    }
}
