using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class CertificateSequenceConfiguration : IEntityTypeConfiguration<CertificateSequence>
{
    public void Configure(EntityTypeBuilder<CertificateSequence> builder)
    {
        builder.HasKey(sequence => new { sequence.Country, sequence.Year });
        builder.Property(sequence => sequence.Country).HasMaxLength(2).IsFixedLength();
    }
}
