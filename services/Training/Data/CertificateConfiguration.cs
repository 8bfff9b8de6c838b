using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasKey(certificate => certificate.Id);
        builder.Property(certificate => certificate.Id).ValueGeneratedNever();
        // PostgreSQL's row version: of two concurrent suspensions or revocations, the second answers 409.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(certificate => certificate.Number).HasMaxLength(40);
        builder.Property(certificate => certificate.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(certificate => certificate.HolderName).HasMaxLength(200);
        builder.Property(certificate => certificate.HolderEmail).HasMaxLength(254);
        builder.Property(certificate => certificate.HolderCategory).HasConversion<string>().HasMaxLength(40);
        builder.Property(certificate => certificate.CenterId).HasMaxLength(64);
        builder.Property(certificate => certificate.IssuedBy).HasMaxLength(200);
        builder.Property(certificate => certificate.IssuedByClient).HasMaxLength(200);
        builder.Property(certificate => certificate.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(certificate => certificate.StatusReason).HasMaxLength(500);
        builder.HasIndex(certificate => certificate.Number).IsUnique();
        builder.HasIndex(certificate => new { certificate.Country, certificate.Year, certificate.Sequence }).IsUnique();
        builder.HasIndex(certificate => certificate.HolderEmail);
    }
}
