using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Events.Data;

internal sealed class CertifiedConsultantConfiguration : IEntityTypeConfiguration<CertifiedConsultant>
{
    public void Configure(EntityTypeBuilder<CertifiedConsultant> builder)
    {
        builder.ToTable("roster");
        builder.HasKey(c => c.CertificateNumber);
        // PostgreSQL's row version: a certification, suspension and revocation applied at once (each has its consumer)
        // never leave the one saved last standing over one it never saw, a revocation above all.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(c => c.CertificateNumber).HasMaxLength(64);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.CenterId).HasMaxLength(64);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.Email);
    }
}
