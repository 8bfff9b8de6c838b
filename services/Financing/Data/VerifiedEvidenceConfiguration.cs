using CpPlatform.Financing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Financing.Data;

internal sealed class VerifiedEvidenceConfiguration : IEntityTypeConfiguration<VerifiedEvidence>
{
    public void Configure(EntityTypeBuilder<VerifiedEvidence> builder)
    {
        builder.ToTable("verified_evidence");
        builder.HasKey(evidence => evidence.EnterpriseId);
        builder.Property(evidence => evidence.EnterpriseId).ValueGeneratedNever();
        // PostgreSQL's row version: of two verifications applied at once, the later save is retried instead of writing
        // over the newer evidence it never saw.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(evidence => evidence.Investment).HasPrecision(18, 2);
        builder.Property(evidence => evidence.AnnualSavings).HasPrecision(18, 2);
    }
}
