using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class ConsultantScoreConfiguration : IEntityTypeConfiguration<ConsultantScore>
{
    public void Configure(EntityTypeBuilder<ConsultantScore> builder)
    {
        builder.HasKey(score => score.Email);
        // PostgreSQL's row version: of two scores applied at once, the later save is retried instead of writing over a
        // better score it never saw.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(score => score.Email).HasMaxLength(254);
        builder.Property(score => score.Name).HasMaxLength(200);
        builder.Property(score => score.CenterId).HasMaxLength(64);
    }
}
